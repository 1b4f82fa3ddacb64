package vn.camau.egov.bench.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rows of a run of dossiers, by table: written and committed together. */
public final class Batch {

    public final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);
    public int dossiers;

    public Batch() {
        for (Table t : Table.values()) {
            rows.put(t, new ArrayList<>());
        }
    }

    public void add(Table table, Object... row) {
        rows.get(table).add(row);
    }

    public int size() {
        return rows.values().stream().mapToInt(List::size).sum();
    }
}
