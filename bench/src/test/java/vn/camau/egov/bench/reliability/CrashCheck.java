package vn.camau.egov.bench.reliability;

import vn.camau.egov.bench.Args;
import vn.camau.egov.bench.EdxmlExchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the database holds after the crash test (bench/reliability.sh), read with the server
 * stopped: every document the hub acknowledged registered exactly once with its file, each message
 * logged once, and no transaction left in doubt.
 *
 * <pre>
 * CrashCheck --url JDBC --user U --password W --tag-file F --documents N
 * </pre>
 */
public final class CrashCheck {

    private CrashCheck() {
    }

    public static void main(String[] args) throws Exception {
        Args o = new Args(args);
        int expected = Integer.parseInt(o.get("documents"));
        String like = "%" + Files.readString(Path.of(o.get("tag-file")), StandardCharsets.UTF_8).strip() + "%";
        try (Connection db = DriverManager.getConnection(o.get("url"), o.get("user"), o.get("password"))) {
            long registered = one(db, "SELECT COUNT(*) FROM incoming_document WHERE sender_agency_id = ? AND document_id LIKE ?",
                    EdxmlExchange.PROVINCE, like);
            long distinct = one(db, "SELECT COUNT(DISTINCT document_id) FROM incoming_document WHERE sender_agency_id = ?"
                    + " AND document_id LIKE ?", EdxmlExchange.PROVINCE, like);
            long withFile = one(db, "SELECT COUNT(*) FROM incoming_document d JOIN incoming_document_file f"
                    + " ON f.document_id = d.id WHERE d.sender_agency_id = ? AND d.document_id LIKE ?", EdxmlExchange.PROVINCE, like);
            long logged = one(db, "SELECT COUNT(*) FROM exchange_message WHERE direction = 'IN' AND peer_agency_id = ?"
                    + " AND document_id LIKE ?", EdxmlExchange.PROVINCE, like);
            long answered = one(db, "SELECT COUNT(*) FROM exchange_message WHERE direction = 'OUT' AND kind = 'STATUS'"
                    + " AND status_code = '01' AND peer_agency_id = ? AND document_id LIKE ?", EdxmlExchange.PROVINCE, like);
            long inDoubt = inDoubt(db);
            System.out.printf("crash check: %d documents acknowledged by the hub; registered %d times (%d distinct),"
                            + " %d with their file; logged in %d, answered 01 %d; %d transactions in doubt%n",
                    expected, registered, distinct, withFile, logged, answered, inDoubt);
            boolean ok = registered == expected && distinct == expected && withFile == expected && logged == expected
                    && answered == expected && inDoubt == 0;
            System.exit(ok ? 0 : 1);
        }
    }

    private static long one(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Prepared (XA) transactions the database still holds: none once recovery has run. */
    private static long inDoubt(Connection db) throws SQLException {
        String sql = db.getMetaData().getDatabaseProductName().startsWith("H2")
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.IN_DOUBT" : "SELECT COUNT(*) FROM pg_prepared_xacts";
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
