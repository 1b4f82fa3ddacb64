package vn.camau.egov.bench;

import vn.camau.egov.bench.generator.Batch;
import vn.camau.egov.bench.generator.Dossiers;
import vn.camau.egov.bench.generator.Indexes;
import vn.camau.egov.bench.generator.Lookups;
import vn.camau.egov.bench.generator.PortalLog;
import vn.camau.egov.bench.generator.Reference;
import vn.camau.egov.bench.generator.Sink;
import vn.camau.egov.exchange.domain.PortalRecords;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads N dossiers straight into the platform's database (README, "Performance"), through JDBC
 * batches, into a database the application has migrated and filled with its demo data:
 * <pre>
 * Generator --url JDBC_URL --user U --password P [--dossiers N] [--codes FILE] [--threads T] [--batch B]
 *           [--seed S] [--citizens PER_MILLE] [--portal-agency ID] [--code-pattern P]
 *           [--indexes rebuild|keep] [--references trust|check]
 * </pre>
 * H2: the file of a stopped server (jdbc:h2:BASE/data/egov/egov, user sa, the password in the provisioned
 * server's data/egov/h2.password).
 * PostgreSQL: running server or not; reWriteBatchedInserts is added to the URL.
 * <p>
 * Every dossier comes with its form answers, its files' rows, its history, its payments and the
 * notices of the demo citizens who own some; those from the national portal with their messages in
 * the interconnection's hash-chained log. Afterwards the id sequences are moved past the generated
 * ids, the code counters past the generated codes and the log's head to its new last entry, so the
 * application goes on where the load stopped. While it runs, the log's head stays locked: an
 * application that is up waits for it to append to the log.
 * <p>
 * It prints its load rate and appends {@code load per_s X} and {@code load seconds Y} to
 * $BENCH_FIGURES when set; --codes writes 10,000 random (code, CCCD number) pairs for the public lookup.
 */
public final class Generator {

    /** Dossiers per transaction. */
    private static final int BATCH = 2000;
    private static final int LOOKUPS = 10_000;
    private static final Batch END = new Batch();

    /** The id sequences the load uses, with at most how many ids one dossier takes (checked as it goes). */
    private enum Seq {
        DOSSIER("dossier_seq", 1), FILE("stored_file_seq", 12), ATTACHMENT("dossier_attachment_seq", 11),
        EVENT("dossier_event_seq", 20), PAYMENT("payment_seq", 2), NOTIFICATION("dossier_notification_seq", 20),
        EXCHANGE("exchange_log_seq", 4);

        final String name;
        final int perDossier;

        Seq(String name, int perDossier) {
            this.name = name;
            this.perDossier = perDossier;
        }
    }

    private final Args options;
    private final boolean postgres;
    private final String url;

    private Generator(Args options) {
        this.options = options;
        String u = options.get("url");
        this.postgres = u.startsWith("jdbc:postgresql:");
        this.url = postgres && !u.contains("reWriteBatchedInserts") ? u + (u.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true" : u;
    }

    public static void main(String[] args) throws Exception {
        Args options;
        try {
            options = new Args(args);
            options.get("url");
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "; usage: Generator --url JDBC_URL --user U --password P [--dossiers N]"
                    + " [--codes FILE] [--threads T] [--batch B] [--seed S] [--citizens PER_MILLE] [--portal-agency ID]"
                    + " [--code-pattern PATTERN]");
            System.exit(2);
            return;
        }
        try {
            new Generator(options).run();
        } catch (SQLException e) {
            // a batch's failure chains one exception per row: the first says it all
            System.err.println("The load failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        long n = Long.parseLong(options.get("dossiers", "1000000"));
        int threads = Integer.parseInt(options.get("threads", postgres ? "2" : "1"));
        int batchSize = Integer.parseInt(options.get("batch", String.valueOf(BATCH)));
        // a new seed each run unless one is asked for: message ids (UUIDs) and the like must not repeat on a second load
        long seed = Long.parseLong(options.get("seed", String.valueOf(System.nanoTime())));
        System.out.println("Seed " + seed + " (--seed to make the same dossiers again, into a fresh database)");
        String portalAgency = options.get("portal-agency", "000.00.00.G22");

        try (Connection main = connect()) {
            main.setAutoCommit(false);
            Reference ref = Reference.load(main);
            long started = System.nanoTime();

            main.commit();
            // PostgreSQL: the log's head stays locked until the load commits it, so an application that is up
            // cannot append in between. H2: the server is stopped (its file is ours alone), and an open
            // transaction there would keep every page version the load writes (the file grows tenfold)
            long lastSeq;
            String lastHash;
            try (Statement s = main.createStatement();
                 ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM exchange_chain WHERE id = 1"
                         + (postgres ? " FOR UPDATE" : ""))) {
                rs.next();
                lastSeq = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            PortalLog portal = portalKnown(main, portalAgency) ? new PortalLog(portalAgency, lastSeq, lastHash) : null;
            if (!postgres) {
                main.commit();
            }
            if (portal == null) {
                System.out.println("The national portal (" + portalAgency + ") is not an active peer: no exchange records, "
                        + "as the platform would send none");
            } else {
                selfCheck();
            }

            Map<Seq, long[]> ids = new HashMap<>(); // start, reserved next value
            try (Connection ddl = connect()) {
                ddl.setAutoCommit(true);
                for (Seq q : Seq.values()) {
                    ids.put(q, reserve(ddl, q.name, n * q.perDossier));
                }
                Lookups lookups = new Lookups(LOOKUPS, seed + 1);
                Dossiers maker = new Dossiers(ref, seed, Instant.now(), options.get("code-pattern",
                        "{agency}-{yy}{MM}{dd}-{seq:4}"), portal, lookups, Integer.parseInt(options.get("citizens", "1")));
                setStarts(maker, ids);

                boolean rebuild = !"keep".equals(options.get("indexes", "rebuild"));
                Indexes indexes = Indexes.of(ddl, postgres);
                if (rebuild) {
                    System.out.println("Dropping " + indexes.count() + " secondary indexes for the load; should it die before"
                            + " making them again, run:\n" + indexes.statements());
                    indexes.drop(ddl);
                }
                // every reference the maker writes points at a row it wrote before (or at the demo's
                // units and procedures): the database need not look each one up. H2: the file is ours
                // alone, so for the whole database; PostgreSQL: for the writers' sessions (below)
                boolean unchecked = !"check".equals(options.get("references", "trust"));
                if (unchecked && !postgres) {
                    execute(ddl, "SET REFERENTIAL_INTEGRITY FALSE");
                }
                long rows;
                try {
                    rows = load(maker, n, threads, batchSize, ids, unchecked);
                } finally {
                    if (unchecked && !postgres) {
                        execute(ddl, "SET REFERENTIAL_INTEGRITY TRUE");
                    }
                    if (rebuild) {
                        long began = System.nanoTime();
                        // PostgreSQL builds two at once (15.0 -> 13.2 s); H2 locks its catalogue for each CREATE
                        // INDEX, and a second one at once fails on that lock
                        indexes.create(this::connect, Integer.parseInt(options.get("index-builders", postgres ? "2" : "1")));
                        System.out.printf(Locale.ROOT, "  indexes made again in %.1f s%n", (System.nanoTime() - began) / 1e9);
                    }
                }
                for (Seq q : Seq.values()) {
                    settle(ddl, q.name, next(maker, q) - 1, ids.get(q)[1]);
                }
                finish(main, maker, ref, portal, lookups, rows, n, threads, batchSize, started);
                if (postgres) {
                    // what a database administrator does after a bulk load, and autovacuum does in time: the
                    // rows' visibility set once and the planner's statistics read, so that the scenarios
                    // measure a database in its usual state, not one whose first reads write each page
                    // back. Not part of the load's time
                    long began = System.nanoTime();
                    execute(ddl, "VACUUM (ANALYZE)");
                    System.out.printf(Locale.ROOT, "  VACUUM (ANALYZE) after the load: %.1f s (not counted in the load)%n",
                            (System.nanoTime() - began) / 1e9);
                }
            }
            Path h2File = postgres ? null : h2File();
            if (h2File != null && Files.exists(h2File)) { // a file's URL, not a server's
                // H2 writes each change to a new place in its file and takes back the old places only in
                // part, so much of a loaded file is pages no longer used, and the server then spends its
                // time searching the free space between them (6-11 % of its CPU in the fourteenth
                // session's profiles). What VACUUM is for PostgreSQL: the file written anew, and closed
                // (fifteenth session: 38.1 GB to 2.25 GB in 4 minutes; in runs before and after, 13 and
                // 20 % more submissions a second). Not counted in the load
                long began = System.nanoTime();
                long before = Files.size(h2File);
                execute(main, "SHUTDOWN COMPACT");
                System.out.printf(Locale.ROOT, "  H2's file compacted after the load: %.1f to %.1f GB in %.1f s (not counted in"
                        + " the load)%n", before / 1e9, Files.size(h2File) / 1e9, (System.nanoTime() - began) / 1e9);
            }
        }
    }

    /** The H2 database's file, for a URL of the form jdbc:h2:[file:]PATH[;SETTINGS]. */
    private Path h2File() {
        return Path.of(url.substring("jdbc:h2:".length()).replaceFirst("^file:", "").split(";")[0] + ".mv.db");
    }

    /** The state the application reads back (code counters, the log's head), committed; the rate; the lookup pairs. */
    private void finish(Connection main, Dossiers maker, Reference ref, PortalLog portal, Lookups lookups, long rows,
                        long n, int threads, int batchSize, long started) throws Exception {
        storeCounters(main, maker.counters(), ref.codeCounters);
        if (portal != null) {
            try (PreparedStatement s = main.prepareStatement("UPDATE exchange_chain SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                s.setLong(1, portal.lastSeq());
                s.setString(2, portal.lastHash());
                s.executeUpdate();
            }
        }
        main.commit();
        double seconds = (System.nanoTime() - started) / 1e9;
        double perSecond = n / seconds;
        System.out.printf(Locale.ROOT, "Loaded %,d dossiers (%,d rows, %,d exchange messages) in %.1f s: %,.0f dossiers/s"
                + " (%s, %d writer thread%s, %d dossiers a transaction)%n", n, rows, portal == null ? 0 : portal.written(),
                seconds, perSecond, postgres ? "PostgreSQL" : "H2", threads, threads == 1 ? "" : "s", batchSize);
        System.out.println("  writers' time: " + Sink.times());
        Figures.append("load", "per_s", perSecond);
        Figures.append("load", "seconds", seconds);
        if (options.has("codes")) {
            lookups.write(Path.of(options.get("codes")));
            System.out.println("Lookup pairs (code, CCCD number) in " + options.get("codes"));
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Makes the dossiers on this thread and writes them on {@code threads} others, one connection
     * and one transaction per batch each: making and writing overlap, and PostgreSQL works on
     * several batches at once.
     */
    private long load(Dossiers maker, long n, int threads, int batchSize, Map<Seq, long[]> ids, boolean unchecked)
            throws Exception {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2 * threads);
        // making only, nothing written: how much of the time is the generator's own
        boolean dryRun = Boolean.parseBoolean(options.get("dry-run", "false"));
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Connection c = connect();
            if (unchecked && postgres) {
                // PostgreSQL checks a foreign key with a trigger that reads and locks the parent row, for
                // each of a dossier's dozen rows; in replica mode the session fires no such trigger (the
                // loader connects as the cluster's owner, which may set it)
                execute(c, "SET session_replication_role = replica");
            }
            Thread w = new Thread(() -> {
                try (Sink sink = new Sink(c)) {
                    for (Batch b = queue.take(); b != END; b = queue.take()) {
                        if (!dryRun) {
                            sink.write(b);
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "writer-" + i);
            w.start();
            writers.add(w);
        }
        long rows = 0;
        long made = 0;
        long reported = System.nanoTime();
        long started = reported;
        Batch batch = new Batch();
        while (made < n && failure.get() == null) {
            maker.make(batch);
            made++;
            if (batch.dossiers == batchSize || made == n) {
                check(maker, ids);
                rows += batch.size();
                while (!queue.offer(batch, 1, TimeUnit.SECONDS)) {
                    if (failure.get() != null) {
                        break;
                    }
                }
                batch = new Batch();
                if (System.nanoTime() - reported > 10e9) {
                    reported = System.nanoTime();
                    System.out.printf(Locale.ROOT, "  %,d dossiers, %,.0f/s%n", made, made / ((reported - started) / 1e9));
                }
            }
        }
        for (Thread w : writers) {
            while (w.isAlive() && !queue.offer(END, 1, TimeUnit.SECONDS)) {
                // a writer that failed takes nothing more: only wait for the live ones
            }
        }
        for (Thread w : writers) {
            w.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return rows;
    }

    private static void setStarts(Dossiers maker, Map<Seq, long[]> ids) {
        long[] starts = new long[Seq.values().length];
        for (Seq q : Seq.values()) {
            starts[q.ordinal()] = ids.get(q)[0];
        }
        maker.startIds(starts);
    }

    private static long next(Dossiers maker, Seq q) {
        return maker.nextIds()[q.ordinal()];
    }

    /** The ids handed out stay within what was reserved before the load began. */
    private static void check(Dossiers maker, Map<Seq, long[]> ids) {
        for (Seq q : Seq.values()) {
            if (next(maker, q) > ids.get(q)[1] - 50) {
                throw new IllegalStateException(q.name + ": more ids used than reserved");
            }
        }
    }

    // --- sequences ---------------------------------------------------------------------------------

    /**
     * Takes a range of ids from a sequence before the load: its start, and the value the sequence
     * now returns next. EclipseLink reads a value as the last id of a block of 50 (V-49..V), so the
     * range starts after the next value and the sequence is moved so its next block lies after the range.
     */
    private long[] reserve(Connection c, String seq, long count) throws SQLException {
        long next;
        if (postgres) {
            next = single(c, "SELECT nextval('" + seq + "')"); // ours now, with the block before it
        } else {
            next = single(c, "SELECT base_value FROM information_schema.sequences WHERE sequence_name = '"
                    + seq.toUpperCase(Locale.ROOT) + "'");
        }
        long start = next + 1;
        long reserved = roundUp(start + count) + 50;
        restart(c, seq, reserved);
        return new long[]{start, reserved};
    }

    /** After the load: the sequence's next block starts right after the last id used, unless someone took ids meanwhile. */
    private void settle(Connection c, String seq, long lastUsed, long reserved) throws SQLException {
        long current = postgres ? single(c, "SELECT CASE WHEN is_called THEN last_value + 50 ELSE last_value END FROM " + seq)
                : single(c, "SELECT base_value FROM information_schema.sequences WHERE sequence_name = '"
                + seq.toUpperCase(Locale.ROOT) + "'");
        if (current == reserved) {
            restart(c, seq, roundUp(lastUsed) + 50);
        }
    }

    /** Makes {@code next} the value the sequence returns next. */
    private void restart(Connection c, String seq, long next) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("SELECT setval('" + seq + "', " + (next - 50) + ", true)");
            } else {
                s.execute("ALTER SEQUENCE " + seq + " RESTART WITH " + next);
            }
        }
    }

    private static long roundUp(long value) {
        return (value + 49) / 50 * 50;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("nothing for " + sql);
            }
            return rs.getLong(1);
        }
    }

    // --- the rest of the state the application reads back --------------------------------------------

    /** The code counters move past the generated codes: the application's next code in a scope is new. */
    private static void storeCounters(Connection c, Map<String, Long> counters, Map<String, Long> before) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE code_counter SET next_value = ? WHERE scope = ? AND next_value < ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO code_counter (scope, next_value) VALUES (?, ?)")) {
            for (Map.Entry<String, Long> e : counters.entrySet()) {
                if (before.containsKey(e.getKey())) {
                    update.setLong(1, e.getValue());
                    update.setString(2, e.getKey());
                    update.setLong(3, e.getValue());
                    update.addBatch();
                } else {
                    insert.setString(1, e.getKey());
                    insert.setLong(2, e.getValue());
                    insert.addBatch();
                }
            }
            update.executeBatch();
            insert.executeBatch();
        }
    }

    private static boolean portalKnown(Connection c, String agency) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT active FROM exchange_peer WHERE agency_id = ?")) {
            s.setString(1, agency);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The log must hold what the platform writes: the generator's records against PortalRecords' own. */
    private static void selfCheck() {
        Instant t = Instant.parse("2026-03-02T02:03:04Z");
        PortalLog.selfCheck(
                new PortalRecords.Submission("G22-1", "1.001001.000.00.00.H12", "Nguyễn Văn A & B", "096088000001",
                        "Ấp 1, xã Tân Hưng", "0912000001", null, true, Map.of("ngaySinh", "01/02/1990", "mucDich", "<khác>"),
                        List.of(new PortalRecords.SubmittedFile("Tờ khai", "to-khai.pdf", new byte[]{1, 2, 3}))),
                new PortalRecords.DossierSync("m1", "000.00.03.H12-260302-0001", "1.001001.000.00.00.H12", "Cấp \"Phiếu\"",
                        "LY_LICH_TU_PHAP", "Nguyễn Văn A", 1, t, t, "10", t, 0, "Sở Tư pháp", List.of("a.pdf"),
                        List.of(new PortalRecords.Fee("Phí", 200_000)), List.of(), List.of(new PortalRecords.Progress(
                        "Lê Thị Ngọc Hân", "ACCEPT", t, null, "4")), List.of(new PortalRecords.Supplement(t, "Bổ sung", null)),
                        null),
                new PortalRecords.Receipt("m2", "m1", true, null, null));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, options.get("user", ""), options.get("password", ""));
    }
}
