package vn.camau.egov.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * "None lost": every submission that returned a dossier code to the load generator is in the
 * database, complete with both its files (their bytes stored, of the size recorded). Run after the
 * server stopped (H2's file opens only then).
 *
 * <pre>Submitted --url JDBC_URL --user U --password P --codes FILE</pre>
 *
 * FILE holds one returned code per line (first tab-separated field). Appends submission lost and
 * submission returned to $BENCH_FIGURES.
 */
public final class Submitted {

    private Submitted() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Args a = new Args(args);
        Path file = Path.of(a.get("codes"));
        List<String> codes = Files.exists(file)
                ? Files.readAllLines(file).stream().map(l -> l.split("\t")[0].strip()).filter(c -> !c.isEmpty()).distinct().toList()
                : List.of();
        long lost = 0;
        try (Connection c = DriverManager.getConnection(a.get("url"), a.get("user"), a.get("password"));
             PreparedStatement complete = c.prepareStatement("""
                     SELECT COUNT(*) FROM dossier d JOIN dossier_attachment a ON a.dossier_id = d.id
                         JOIN stored_file f ON f.id = a.file_id
                     WHERE d.code = ? AND f.size_bytes >= 200000 AND OCTET_LENGTH(f.content) = f.size_bytes""")) {
            for (String code : codes) {
                complete.setString(1, code);
                try (ResultSet r = complete.executeQuery()) {
                    r.next();
                    if (r.getLong(1) < 2) {
                        lost++;
                        System.out.println("incomplete or missing: " + code);
                    }
                }
            }
        }
        System.out.printf("%,d dossier codes returned to the citizens, %,d of them missing or incomplete%n", codes.size(), lost);
        Figures.append("submission", "returned", codes.size());
        Figures.append("submission", "lost", lost);
    }
}
