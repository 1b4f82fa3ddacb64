package vn.camau.egov.shared.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A statistics table as people print it: a title, subtitle lines (period, unit), a header row, the
 * rows, and notes under the table. A cell is a {@link Number}, a {@link String} or null (printed
 * as "—"). Exported by {@code TableExport} to XLSX and PDF.
 */
public record ReportTable(String title, List<String> subtitle, List<String> headers, List<List<Object>> rows,
                          List<String> notes) implements Serializable {

    public ReportTable {
        if (title == null || headers == null || headers.isEmpty() || rows == null) {
            throw new IllegalArgumentException("a table needs a title, headers and rows (possibly none)");
        }
        subtitle = subtitle == null ? List.of() : List.copyOf(subtitle);
        headers = List.copyOf(headers);
        notes = notes == null ? List.of() : List.copyOf(notes);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            // a short row would shift its numbers under the wrong header in a printed report
            if (row == null || row.size() != headers.size()) {
                throw new IllegalArgumentException("row " + (copy.size() + 1) + " has " + (row == null ? 0 : row.size())
                        + " cells, the table has " + headers.size() + " columns");
            }
            for (Object cell : row) {
                // the exports know how to print these three and nothing else
                if (cell != null && !(cell instanceof Number) && !(cell instanceof String)) {
                    throw new IllegalArgumentException("a cell is a number, a text or empty, not " + cell.getClass().getName());
                }
            }
            // List.copyOf refuses nulls, and an empty cell is null
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
