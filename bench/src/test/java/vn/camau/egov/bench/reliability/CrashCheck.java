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
import java.util.List;

/**
 * What the database holds after the crash test (bench/reliability.sh), read with the server
 * stopped: every document the hub acknowledged registered exactly once with its file, each message
 * logged once, and no transaction left in doubt. With --dossiers (CrashCitizens' list): every
 * dossier answered with a code is there with both its files; every dossier of the test's citizens,
 * answered or cut off, has both its files or does not exist; every payment the bank had confirmed
 * is paid, no dossier is paid twice; and no stored file belongs to nothing.
 *
 * <pre>
 * CrashCheck --url JDBC --user U --password W --tag-file F --documents N [--dossiers FILE]
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
            long logged = one(db, "SELECT COUNT(*) FROM exchange_log WHERE direction = 'IN' AND peer_agency_id = ?"
                    + " AND document_id LIKE ?", EdxmlExchange.PROVINCE, like);
            long answered = one(db, "SELECT COUNT(*) FROM exchange_log WHERE direction = 'OUT' AND kind = 'STATUS'"
                    + " AND status_code = '01' AND peer_agency_id = ? AND document_id LIKE ?", EdxmlExchange.PROVINCE, like);
            long inDoubt = inDoubt(db);
            System.out.printf("crash check: %d documents acknowledged by the hub; registered %d times (%d distinct),"
                            + " %d with their file; logged in %d, answered 01 %d; %d transactions in doubt%n",
                    expected, registered, distinct, withFile, logged, answered, inDoubt);
            boolean ok = registered == expected && distinct == expected && withFile == expected && logged == expected
                    && answered == expected && inDoubt == 0;
            if (o.has("dossiers")) {
                ok &= dossiers(db, Files.readAllLines(Path.of(o.get("dossiers")), StandardCharsets.UTF_8));
            }
            System.exit(ok ? 0 : 1);
        }
    }

    /**
     * The citizens' side: CrashCitizens' dossiers (code, payment reference and the bank's outcome,
     * tab-separated) and the test's citizens (CCCD 0991...). A payment whose notice the portal did
     * not take counts as not paid: the citizen was sent to pay an order the portal then lost.
     */
    private static boolean dossiers(Connection db, List<String> lines) throws SQLException {
        long missing = 0;
        long unpaid = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            if (one(db, "SELECT COUNT(*) FROM dossier d JOIN dossier_attachment a ON a.dossier_id = d.id"
                    + " JOIN stored_file s ON s.id = a.file_id WHERE d.code = ? AND OCTET_LENGTH(s.content) = s.size_bytes", f[0]) != 2) {
                missing++;
                System.out.println("crash check: dossier " + f[0] + " missing or without both its files");
            }
            if (!f[2].equals("confirmed")) {
                unpaid++;
                System.out.println("crash check: payment " + f[1] + " of dossier " + f[0] + ": its notice " + f[2]);
            } else if (one(db, "SELECT COUNT(*) FROM payment p JOIN dossier d ON d.id = p.dossier_id WHERE p.reference = ?"
                    + " AND p.status = 'PAID' AND d.paid = TRUE AND d.code = ?", f[1], f[0]) != 1) {
                unpaid++;
                System.out.println("crash check: payment " + f[1] + " of dossier " + f[0] + " confirmed but not paid");
            }
        }
        String ours = "SELECT id FROM dossier WHERE owner_username LIKE '0991%'";
        long all = one(db, "SELECT COUNT(*) FROM (" + ours + ") x");
        long partial = one(db, "SELECT COUNT(*) FROM dossier d WHERE d.owner_username LIKE '0991%'"
                + " AND (SELECT COUNT(*) FROM dossier_attachment a WHERE a.dossier_id = d.id) <> 2");
        long paidTwice = one(db, "SELECT COUNT(*) FROM (SELECT p.dossier_id FROM payment p WHERE p.status = 'PAID'"
                + " AND p.dossier_id IN (" + ours + ") GROUP BY p.dossier_id HAVING COUNT(*) > 1) x");
        long payEventsTwice = one(db, "SELECT COUNT(*) FROM (SELECT e.dossier_id FROM dossier_event e WHERE e.action = 'PAY'"
                + " AND e.dossier_id IN (" + ours + ") GROUP BY e.dossier_id HAVING COUNT(*) > 1) x");
        long orphanFiles = one(db, "SELECT COUNT(*) FROM stored_file s WHERE"
                + " NOT EXISTS (SELECT 1 FROM dossier_attachment r WHERE r.file_id = s.id)"
                + " AND NOT EXISTS (SELECT 1 FROM dossier r WHERE r.result_file_id = s.id)"
                + " AND NOT EXISTS (SELECT 1 FROM catalog_document r WHERE r.template_file_id = s.id)"
                + " AND NOT EXISTS (SELECT 1 FROM outgoing_document_file r WHERE r.file_id = s.id)"
                + " AND NOT EXISTS (SELECT 1 FROM incoming_document_file r WHERE r.file_id = s.id)"
                + " AND NOT EXISTS (SELECT 1 FROM incoming_document_update_file r WHERE r.file_id = s.id)"
                + " AND NOT EXISTS (SELECT 1 FROM consultation_file r WHERE r.file_id = s.id)");
        System.out.printf("crash check: %d dossiers answered with a code, %d of them missing or incomplete; %d dossiers of"
                        + " the test's citizens in all (answered or cut off), %d without both files; %d payments started,"
                        + " %d of them not paid; %d dossiers paid twice, %d with two payment events;"
                        + " %d stored files belonging to nothing%n", lines.size(), missing, all, partial, lines.size(), unpaid,
                paidTwice, payEventsTwice, orphanFiles);
        return missing == 0 && partial == 0 && unpaid == 0 && paidTwice == 0 && payEventsTwice == 0 && orphanFiles == 0;
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
