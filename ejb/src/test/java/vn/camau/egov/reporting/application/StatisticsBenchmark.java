package vn.camau.egov.reporting.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.it.AsProvinceAdmin;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.DossierWorld;
import vn.camau.egov.it.Fixtures;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A benchmark, not a test: it asserts nothing about time. Generates a province's year of dossiers
 * (1,000,000 by default, -Degov.bench.dossiers=N on the server) across 20 units in the database
 * the server uses (H2 in the first run, PostgreSQL in the second: the build runs the Arquillian
 * tests on both), then times the statistics the Department asks for a quarter, beside a baseline in
 * the same run (the same aggregates over a period with no dossier, which costs the round trips and
 * the unit list but reads no dossier). Run it by hand (README, "Measurements"):
 *
 * <pre>mvn -B install -DskipTests &amp;&amp; mvn -B verify -pl ejb -Dit.test=StatisticsBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * The figures go to the output and to ejb/target/bench/statistics-{database}.txt.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsBenchmark {

    private static final int UNITS = 20;
    private static final int RUNS = 10;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private StatisticsService statistics;

    @Inject
    private DossierWorld worlds;

    @Inject
    private Fixtures fixtures;

    @EJB
    private AsProvinceAdmin provinceAdmin;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/EgovDS")
    private DataSource dataSource;

    @Test
    void aQuartersStatisticsForTheWholeProvince() throws Exception {
        int dossiers = Integer.getInteger("egov.bench.dossiers", 1_000_000);
        String database;
        try (Connection c = dataSource.getConnection()) {
            database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        boolean postgres = database.toLowerCase().contains("postgres");
        DossierWorld.World w = worlds.create();
        List<Long> units = new ArrayList<>();
        units.add(w.unit().id());
        for (int i = 1; i < UNITS; i++) {
            units.add(fixtures.newUnit().id());
        }
        long procedureVersion = ((Number) em.createNativeQuery("SELECT MAX(id) FROM catalog_procedure_version")
                .getSingleResult()).longValue();
        long start = System.nanoTime();
        generate(dossiers, units, procedureVersion, postgres);
        double generateSeconds = (System.nanoTime() - start) / 1e9;

        LocalDate from = LocalDate.of(2026, 4, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        LocalDate emptyFrom = LocalDate.of(2001, 4, 1);
        LocalDate emptyTo = LocalDate.of(2001, 6, 30);
        String unit = w.unit().code();
        Map<String, Callable<?>> measured = new LinkedHashMap<>();
        measured.put("baseline: per unit, a quarter without dossiers", () -> statistics.byUnit(emptyFrom, emptyTo));
        measured.put("per unit, whole province", () -> statistics.byUnit(from, to));
        measured.put("Decision 766 scorecards, whole province", () -> statistics.scorecards(from, to, null));
        measured.put("per procedure, whole province", () -> statistics.table(from, to, null, Breakdown.PROCEDURE));
        measured.put("per procedure, one unit", () -> statistics.table(from, to, unit, Breakdown.PROCEDURE));
        // warm up each, then measure them in turns so all see the same machine
        for (Callable<?> work : measured.values()) {
            for (int i = 0; i < 3; i++) {
                run(work);
            }
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        measured.keySet().forEach(k -> times.put(k, new long[RUNS]));
        for (int i = 0; i < RUNS; i++) {
            for (Map.Entry<String, Callable<?>> m : measured.entrySet()) {
                times.get(m.getKey())[i] = run(m.getValue());
            }
        }
        List<DossierStatistics> figures = provinceAdmin.call(() -> statistics.byUnit(from, to));
        StringBuilder report = new StringBuilder(String.format("""
                Statistics benchmark on %s, %s
                dossiers generated: %,d across %d units (%.1f s)
                a quarter (%s to %s), whole province: %,d received, %,d resolved
                """, database, LocalDate.now(), dossiers, UNITS, generateSeconds, from, to,
                figures.stream().mapToLong(DossierStatistics::received).sum(),
                figures.stream().mapToLong(DossierStatistics::resolved).sum()));
        times.forEach((name, t) -> report.append(String.format("  %-50s median %5d ms, p90 %5d ms, max %5d ms%n",
                name, median(t), p90(t), max(t))));
        report.append("(").append(RUNS).append(" runs each after 3 warm-ups, taken in turns)\n");
        System.out.println(report);
        Path out = Path.of(System.getProperty("jboss.server.base.dir"), "..", "bench",
                "statistics-" + (postgres ? "postgresql" : "h2") + ".txt").normalize();
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n" + plans(postgres));
    }

    /** Where the time goes: each dossier aggregate alone, with the database's plan. */
    private String plans(boolean postgres) {
        StringBuilder plans = new StringBuilder();
        for (String sql : List.of(
                "SELECT unit_id, channel, COUNT(*) FROM dossier WHERE submitted_at >= TIMESTAMP '2026-04-01 00:00:00'"
                        + " AND submitted_at < TIMESTAMP '2026-07-01 00:00:00' GROUP BY unit_id, channel",
                "SELECT unit_id, status, timeliness, rating, paid, COUNT(*),"
                        + " SUM(CASE WHEN result_signed_at IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN fee_total > 0 THEN 1 ELSE 0 END) FROM dossier"
                        + " WHERE completed_on BETWEEN DATE '2026-04-01' AND DATE '2026-06-30'"
                        + " GROUP BY unit_id, status, timeliness, rating, paid",
                "SELECT unit_id, status, COUNT(*), SUM(CASE WHEN due_on < DATE '2026-11-26' THEN 1 ELSE 0 END) FROM dossier"
                        + " WHERE status IN ('PROCESSING', 'RELEASING', 'WAITING_SUPPLEMENT') GROUP BY unit_id, status")) {
            long t = System.nanoTime();
            em.createNativeQuery(sql).getResultList();
            long ms = (System.nanoTime() - t) / 1_000_000;
            plans.append(ms).append(" ms: ").append(sql).append("\n");
            for (Object line : em.createNativeQuery((postgres ? "EXPLAIN ANALYZE " : "EXPLAIN ") + sql).getResultList()) {
                plans.append("  ").append(line).append("\n");
            }
        }
        return plans.toString();
    }

    private long run(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        provinceAdmin.call(work);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * One INSERT ... SELECT per batch of 100,000 (H2's SYSTEM_RANGE, PostgreSQL's generate_series):
     * submitted over 2026, a third each online, at the counter and from the portal; 80 % closed five
     * days later (mostly done, some refused or withdrawn) with their timeliness and a rating, the
     * rest open; a quarter with fees, half of those paid online; half the done ones with a signed result.
     */
    private void generate(int count, List<Long> units, long procedureVersion, boolean postgres) throws Exception {
        StringBuilder unitCase = new StringBuilder("CASE MOD(X, " + units.size() + ")");
        for (int i = 0; i < units.size(); i++) {
            unitCase.append(" WHEN ").append(i).append(" THEN ").append(units.get(i));
        }
        unitCase.append(" END");
        String submitted = at(postgres, step(count), 0);
        String closed = at(postgres, step(count), 5);
        String due = at(postgres, step(count), 7);
        int batch = 100_000;
        for (int first = 1; first <= count; first += batch) {
            int last = Math.min(count, first + batch - 1);
            tx.begin();
            em.createNativeQuery("""
                    INSERT INTO dossier (id, version, code, procedure_version_id, unit_id, channel, status,
                        applicant_name, applicant_citizen_id, submitted_at, received_on, due_on, paused_days, step_index,
                        fee_total, paid, completed_at, completed_on, timeliness, rating, postal_delivery, result_signed_at)
                    SELECT 500000000 + X, 0, 'BENCH-' || X, %d, %s,
                        CASE MOD(X, 3) WHEN 0 THEN 'ONLINE' WHEN 1 THEN 'COUNTER' ELSE 'NATIONAL_PORTAL' END,
                        CASE MOD(X, 10) WHEN 0 THEN 'PROCESSING' WHEN 1 THEN 'WAITING_SUPPLEMENT' WHEN 2 THEN 'DENIED'
                            WHEN 3 THEN 'CANCELLED' ELSE 'DONE' END,
                        'Nguyễn Văn Thử', '096000000000',
                        %s, CAST(%s AS DATE), CAST(%s AS DATE),
                        0, 0,
                        CASE WHEN MOD(X, 4) = 0 THEN 50000 ELSE 0 END,
                        MOD(X, 8) = 0,
                        CASE WHEN MOD(X, 10) >= 2 THEN %s END,
                        CASE WHEN MOD(X, 10) >= 2 THEN CAST(%s AS DATE) END,
                        CASE WHEN MOD(X, 10) >= 4 THEN CASE MOD(X, 7) WHEN 0 THEN 'LATE' WHEN 1 THEN 'EARLY' ELSE 'ON_TIME' END END,
                        CASE WHEN MOD(X, 10) >= 4 AND MOD(X, 3) = 0 THEN CASE MOD(X, 5) WHEN 0 THEN 'UNSATISFIED' ELSE 'SATISFIED' END END,
                        FALSE,
                        CASE WHEN MOD(X, 10) >= 4 AND MOD(X, 2) = 0 THEN %s END
                    FROM %s
                    """.formatted(procedureVersion, unitCase, submitted, submitted, due, closed, closed, closed,
                    postgres ? "generate_series(%d, %d) AS g(X)".formatted(first, last)
                            : "SYSTEM_RANGE(%d, %d)".formatted(first, last))).executeUpdate();
            tx.commit();
        }
        if (postgres) {
            // what autovacuum would have done by the time a province has a year of dossiers
            tx.begin();
            em.createNativeQuery("ANALYZE dossier").executeUpdate();
            tx.commit();
        }
    }

    /** The timestamp of dossier X: X steps of seconds into 2026, plus some days, in the database's SQL. */
    private static String at(boolean postgres, int step, int days) {
        return postgres
                ? "(TIMESTAMP '2026-01-01 00:00:00' + (X * %d) * INTERVAL '1 second' + INTERVAL '%d day')".formatted(step, days)
                : "DATEADD('DAY', %d, DATEADD('SECOND', X * %d, TIMESTAMP '2026-01-01 00:00:00'))".formatted(days, step);
    }

    /** Seconds between two generated dossiers, so that they spread over the year 2026. */
    private static int step(int count) {
        return Math.max(1, 364 * 24 * 3600 / count);
    }

    private static long median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long p90(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length * 0.9) - 1];
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
