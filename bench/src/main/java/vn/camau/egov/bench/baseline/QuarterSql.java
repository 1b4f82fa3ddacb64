package vn.camau.egov.bench.baseline;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Baseline for the quarter's statistics: the equivalent SQL, run directly on the application's own
 * datasource in the same server, without the application: the three GROUP BYs the statistics need
 * for the whole province (received per unit and channel; resolved per unit, status, timeliness,
 * rating and payment, with the signed results and fees; open per unit and status, with those past
 * their due date), with the same columns.
 *
 * GET /bench-baseline/quarter-sql?from=2026-04-01&amp;to=2026-06-30 answers the rows read.
 */
@WebServlet("/quarter-sql")
public class QuarterSql extends HttpServlet {

    @Resource(lookup = "java:jboss/datasources/EgovDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate from = LocalDate.parse(request.getParameter("from"));
        LocalDate to = LocalDate.parse(request.getParameter("to"));
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement received = c.prepareStatement(
                    "SELECT unit_id, channel, COUNT(*) FROM dossier WHERE submitted_at >= ? AND submitted_at < ?"
                            + " GROUP BY unit_id, channel")) {
                received.setTimestamp(1, Timestamp.valueOf(from.atStartOfDay()));
                received.setTimestamp(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
                rows += count(received);
            }
            try (PreparedStatement resolved = c.prepareStatement(
                    "SELECT unit_id, status, timeliness, rating, paid, COUNT(*),"
                            + " SUM(CASE WHEN result_signed_at IS NOT NULL THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN fee_total > 0 THEN 1 ELSE 0 END) FROM dossier"
                            + " WHERE completed_on BETWEEN ? AND ? GROUP BY unit_id, status, timeliness, rating, paid")) {
                resolved.setDate(1, Date.valueOf(from));
                resolved.setDate(2, Date.valueOf(to));
                rows += count(resolved);
            }
            try (PreparedStatement open = c.prepareStatement(
                    "SELECT unit_id, status, COUNT(*), SUM(CASE WHEN due_on < ? THEN 1 ELSE 0 END) FROM dossier"
                            + " WHERE status IN ('PROCESSING', 'RELEASING', 'WAITING_SUPPLEMENT') GROUP BY unit_id, status")) {
                open.setDate(1, Date.valueOf(LocalDate.now()));
                rows += count(open);
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(rows);
    }

    private static long count(PreparedStatement statement) throws SQLException {
        long rows = 0;
        try (ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                rows++;
            }
        }
        return rows;
    }
}
