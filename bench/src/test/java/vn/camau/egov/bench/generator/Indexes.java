package vn.camau.egov.bench.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The plain secondary indexes of the tables the load writes, dropped before it and made again after.
 * Inserting a million dossiers into eight indexes each, at random places, is most of a load's time;
 * building an index from the finished table sorts once. Primary keys, unique indexes (they keep codes
 * and references unique) and the indexes of foreign keys stay.
 */
public final class Indexes {

    /** name → CREATE INDEX statement, as the migrations made it. */
    private final Map<String, String> definitions = new LinkedHashMap<>();

    private Indexes() {
    }

    public static Indexes of(Connection c, boolean postgres) throws SQLException {
        Indexes indexes = new Indexes();
        String tables = java.util.Arrays.stream(Table.values()).map(t -> "'" + (postgres ? t.name : t.name.toUpperCase(
                java.util.Locale.ROOT)) + "'").collect(Collectors.joining(", "));
        try (Statement s = c.createStatement()) {
            if (postgres) {
                try (ResultSet rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                        + " AND tablename IN (" + tables + ") AND indexdef NOT LIKE 'CREATE UNIQUE%'"
                        + " AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY tablename, indexname")) {
                    while (rs.next()) {
                        indexes.definitions.put(rs.getString(1), rs.getString(2));
                    }
                }
            } else {
                Map<String, List<String>> columns = new LinkedHashMap<>();
                Map<String, String> table = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT i.table_name, i.index_name, c.column_name, c.ordering_specification"
                        + " FROM information_schema.indexes i JOIN information_schema.index_columns c"
                        + " ON c.index_schema = i.index_schema AND c.index_name = i.index_name AND c.table_name = i.table_name"
                        + " WHERE i.table_schema = SCHEMA() AND i.table_name IN (" + tables + ")"
                        + " AND i.index_type_name = 'INDEX' AND NOT i.is_generated ORDER BY i.table_name, i.index_name, c.ordinal_position")) {
                    while (rs.next()) {
                        table.put(rs.getString(2), rs.getString(1));
                        columns.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                                .add("\"" + rs.getString(3) + "\" " + rs.getString(4));
                    }
                }
                columns.forEach((name, cols) -> indexes.definitions.put(name, "CREATE INDEX \"" + name + "\" ON \""
                        + table.get(name) + "\" (" + String.join(", ", cols) + ")"));
            }
        }
        return indexes;
    }

    public int count() {
        return definitions.size();
    }

    public void drop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String name : definitions.keySet()) {
                s.execute("DROP INDEX IF EXISTS \"" + name + "\"");
            }
        }
    }

    /** A connection of its own for each builder. */
    public interface Connections {
        Connection open() throws SQLException;
    }

    /**
     * Makes again every index that is missing (after the load, or after a load that failed), on
     * {@code builders} connections at once: one index build waits on its reads and writes part of the time.
     */
    public void create(Connections connections, int builders) throws SQLException {
        ConcurrentLinkedQueue<String> todo = new ConcurrentLinkedQueue<>(definitions.values());
        List<Future<Void>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(builders);
        try {
            for (int i = 0; i < builders; i++) {
                running.add(pool.submit(() -> {
                    try (Connection c = connections.open(); Statement s = c.createStatement()) {
                        for (String sql = todo.poll(); sql != null; sql = todo.poll()) {
                            s.execute(sql.replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
                        }
                    }
                    return null;
                }));
            }
            for (var f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while making the indexes", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The statements that make the indexes again, for the record should the process die before it does. */
    public String statements() {
        return String.join(";\n", definitions.values()) + ";";
    }
}
