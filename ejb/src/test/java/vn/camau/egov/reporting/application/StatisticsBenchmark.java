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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A benchmark, not a test: it asserts nothing about time. Generates a province's year of dossiers
 * (1,000,000 by default, -Degov.bench.dossiers=N on the server) across 20 units in the database
 * the server uses, then times a quarter's statistics for the whole province, beside a baseline in
 * the same run (the same aggregates over a period with no dossier, which costs the round trips and
 * the unit list but reads no dossier). Run it by hand (README, "Measurements"):
 *
 * <pre>mvn -B install -DskipTests &amp;&amp; mvn -B verify -pl ejb -Dit.test=StatisticsBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * The figures go to the output and to ejb/target/bench/statistics.txt.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsBenchmark {

    private static final int UNITS = 20;

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

    @Test
    void aQuartersStatisticsForTheWholeProvince() throws Exception {
        int dossiers = Integer.getInteger("egov.bench.dossiers", 1_000_000);
        DossierWorld.World w = worlds.create();
        List<Long> units = new ArrayList<>();
        units.add(w.unit().id());
        for (int i = 1; i < UNITS; i++) {
            units.add(fixtures.newUnit().id());
        }
        long procedureVersion = ((Number) em.createNativeQuery("SELECT MAX(id) FROM catalog_procedure_version")
                .getSingleResult()).longValue();
        long start = System.nanoTime();
        generate(dossiers, units, procedureVersion);
        double generateSeconds = (System.nanoTime() - start) / 1e9;

        LocalDate from = LocalDate.of(2026, 4, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        LocalDate emptyFrom = LocalDate.of(2001, 4, 1);
        LocalDate emptyTo = LocalDate.of(2001, 6, 30);
        // warm up both, then measure them in turns so both see the same machine
        for (int i = 0; i < 3; i++) {
            run(() -> statistics.byUnit(from, to));
            run(() -> statistics.byUnit(emptyFrom, emptyTo));
        }
        long[] quarter = new long[10];
        long[] baseline = new long[10];
        for (int i = 0; i < 10; i++) {
            baseline[i] = run(() -> statistics.byUnit(emptyFrom, emptyTo));
            quarter[i] = run(() -> statistics.byUnit(from, to));
        }
        List<DossierStatistics> figures = provinceAdmin.call(() -> statistics.byUnit(from, to));
        // where the time goes: each aggregate alone, with the database's plan
        StringBuilder plans = new StringBuilder();
        for (String sql : List.of(
                "SELECT unit_id, channel, COUNT(*) FROM dossier WHERE submitted_at >= TIMESTAMP '2026-04-01 00:00:00'"
                        + " AND submitted_at < TIMESTAMP '2026-07-01 00:00:00' GROUP BY unit_id, channel",
                "SELECT unit_id, status, timeliness, rating, COUNT(*) FROM dossier WHERE completed_on BETWEEN DATE '2026-04-01'"
                        + " AND DATE '2026-06-30' GROUP BY unit_id, status, timeliness, rating",
                "SELECT unit_id, status, COUNT(*), SUM(CASE WHEN due_on < DATE '2026-11-26' THEN 1 ELSE 0 END) FROM dossier"
                        + " WHERE status IN ('PROCESSING', 'RELEASING', 'WAITING_SUPPLEMENT') GROUP BY unit_id, status")) {
            long t = System.nanoTime();
            em.createNativeQuery(sql).getResultList();
            long ms = (System.nanoTime() - t) / 1_000_000;
            plans.append(ms).append(" ms: ").append(sql).append("\n  ")
                    .append(em.createNativeQuery("EXPLAIN " + sql).getSingleResult()).append("\n");
        }
        System.out.println(plans);
        long received = figures.stream().mapToLong(DossierStatistics::received).sum();
        String report = String.format("""
                Statistics benchmark, H2 %s (the embedded default), %s
                dossiers generated: %,d across %d units (%.1f s)
                a quarter (%s to %s), whole province: %,d received, %,d resolved
                  quarter   median %d ms, p90 %d ms, max %d ms (10 runs after 3 warm-ups)
                  baseline  median %d ms, p90 %d ms, max %d ms (same aggregates, a period with no dossier)
                """, em.createNativeQuery("SELECT H2VERSION()").getSingleResult(), LocalDate.now(),
                dossiers, UNITS, generateSeconds, from, to, received,
                figures.stream().mapToLong(DossierStatistics::resolved).sum(),
                median(quarter), p90(quarter), max(quarter), median(baseline), p90(baseline), max(baseline));
        System.out.println(report);
        Path out = Path.of(System.getProperty("jboss.server.base.dir"), "..", "..", "target", "bench", "statistics.txt")
                .normalize();
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n" + plans);
    }

    private long run(Callable<List<DossierStatistics>> work) throws Exception {
        long start = System.nanoTime();
        provinceAdmin.call(work);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * One INSERT ... SELECT per batch of 100,000 (H2's SYSTEM_RANGE): submitted over 2026, a third
     * each online, at the counter and from the portal; 80 % closed five days later (mostly done, some
     * refused or withdrawn) with their timeliness and a rating, the rest open.
     */
    private void generate(int count, List<Long> units, long procedureVersion) throws Exception {
        StringBuilder unitCase = new StringBuilder("CASE MOD(X, " + units.size() + ")");
        for (int i = 0; i < units.size(); i++) {
            unitCase.append(" WHEN ").append(i).append(" THEN ").append(units.get(i));
        }
        unitCase.append(" END");
        int batch = 100_000;
        for (int first = 1; first <= count; first += batch) {
            int last = Math.min(count, first + batch - 1);
            tx.begin();
            em.createNativeQuery("""
                    INSERT INTO dossier (id, version, code, procedure_version_id, unit_id, channel, status,
                        applicant_name, applicant_citizen_id, submitted_at, received_on, due_on, paused_days, step_index,
                        fee_total, paid, completed_at, completed_on, timeliness, rating, postal_delivery)
                    SELECT 500000000 + X, 0, 'BENCH-' || X, %d, %s,
                        CASE MOD(X, 3) WHEN 0 THEN 'ONLINE' WHEN 1 THEN 'COUNTER' ELSE 'NATIONAL_PORTAL' END,
                        CASE MOD(X, 10) WHEN 0 THEN 'PROCESSING' WHEN 1 THEN 'WAITING_SUPPLEMENT' WHEN 2 THEN 'DENIED'
                            WHEN 3 THEN 'CANCELLED' ELSE 'DONE' END,
                        'Nguyễn Văn Thử', '096000000000',
                        DATEADD('SECOND', X * %d, TIMESTAMP '2026-01-01 00:00:00'),
                        CAST(DATEADD('SECOND', X * %d, TIMESTAMP '2026-01-01 00:00:00') AS DATE),
                        CAST(DATEADD('DAY', 7, DATEADD('SECOND', X * %d, TIMESTAMP '2026-01-01 00:00:00')) AS DATE),
                        0, 0, 0, FALSE,
                        CASE WHEN MOD(X, 10) >= 2 THEN DATEADD('DAY', 5, DATEADD('SECOND', X * %d, TIMESTAMP '2026-01-01 00:00:00')) END,
                        CASE WHEN MOD(X, 10) >= 2 THEN CAST(DATEADD('DAY', 5, DATEADD('SECOND', X * %d, TIMESTAMP '2026-01-01 00:00:00')) AS DATE) END,
                        CASE WHEN MOD(X, 10) >= 4 THEN CASE MOD(X, 7) WHEN 0 THEN 'LATE' WHEN 1 THEN 'EARLY' ELSE 'ON_TIME' END END,
                        CASE WHEN MOD(X, 10) >= 4 AND MOD(X, 3) = 0 THEN CASE MOD(X, 5) WHEN 0 THEN 'UNSATISFIED' ELSE 'SATISFIED' END END,
                        FALSE
                    FROM SYSTEM_RANGE(%d, %d)
                    """.formatted(procedureVersion, unitCase, step(count), step(count), step(count), step(count), step(count),
                    first, last)).executeUpdate();
            tx.commit();
        }
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
