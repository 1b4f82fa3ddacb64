package vn.camau.egov.bench.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes batches through one connection: a prepared insert per table, JDBC batches of {@link #CHUNK}
 * rows, one transaction per batch of dossiers (its rows reference each other, so they commit together).
 */
public final class Sink implements AutoCloseable {

    /** Rows per executeBatch: large enough to amortise the round trip, small enough to keep the driver's buffers small. */
    private static final int CHUNK = 1000;

    /** Where the writers' time goes, by table and in commits: to find what slows a load down. */
    private static final java.util.concurrent.atomic.AtomicLong[] NANOS = java.util.stream.Stream.generate(
            java.util.concurrent.atomic.AtomicLong::new).limit(Table.values().length).toArray(java.util.concurrent.atomic.AtomicLong[]::new);
    private static final java.util.concurrent.atomic.AtomicLong COMMIT = new java.util.concurrent.atomic.AtomicLong();

    private final Connection c;
    private final Map<Table, PreparedStatement> inserts = new EnumMap<>(Table.class);

    public Sink(Connection c) throws SQLException {
        this.c = c;
        c.setAutoCommit(false);
        for (Table t : Table.values()) {
            inserts.put(t, c.prepareStatement(t.insert));
        }
    }

    public void write(Batch b) throws SQLException {
        for (Table t : Table.values()) {
            List<Object[]> rows = b.rows.get(t);
            if (rows.isEmpty()) {
                continue;
            }
            PreparedStatement s = inserts.get(t);
            long began = System.nanoTime();
            int n = 0;
            for (Object[] row : rows) {
                t.bind(s, row);
                s.addBatch();
                if (++n % CHUNK == 0) {
                    s.executeBatch();
                }
            }
            if (n % CHUNK != 0) {
                s.executeBatch();
            }
            NANOS[t.ordinal()].addAndGet(System.nanoTime() - began);
        }
        long began = System.nanoTime();
        c.commit();
        COMMIT.addAndGet(System.nanoTime() - began);
    }

    /** The writers' time by table (inserting, all threads together) and in commits, in seconds. */
    public static String times() {
        StringBuilder out = new StringBuilder();
        for (Table t : Table.values()) {
            out.append(String.format(java.util.Locale.ROOT, "%s %.1f s, ", t.name, NANOS[t.ordinal()].get() / 1e9));
        }
        return out.append(String.format(java.util.Locale.ROOT, "commits %.1f s", COMMIT.get() / 1e9)).toString();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : inserts.values()) {
            s.close();
        }
        c.close();
    }
}
