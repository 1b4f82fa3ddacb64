package vn.camau.egov.reporting.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.reporting.application.Breakdown;
import vn.camau.egov.reporting.application.MonitoringExports;
import vn.camau.egov.shared.application.ExportFormat;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.domain.BusinessException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.web.FileDownloads;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * /files/monitoring?what=statistics|report|provincial|ranking|plan&amp;format=pdf|xlsx&amp;...: a monitoring
 * table or report as a file. The services decide who may have it.
 */
@WebServlet("/files/monitoring")
public class MonitoringExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonitoringExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format = ExportFormat.of(request.getParameter("format"));
        try {
            String what = String.valueOf(request.getParameter("what"));
            byte[] bytes;
            String name;
            switch (what) {
                case "statistics" -> {
                    Map<String, String> params = new HashMap<>();
                    request.getParameterMap().forEach((k, v) -> params.put(k, v[0]));
                    StatisticsPeriod period = StatisticsPeriod.of(params, VietnamTime.dateOf(Instant.now()));
                    String unit = request.getParameter("unit");
                    Breakdown by = Breakdown.valueOf(params.getOrDefault("by", "UNIT").toUpperCase(Locale.ROOT));
                    bytes = exports.statistics(period.from(), period.to(), unit == null || unit.isBlank() ? null : unit,
                            by, format);
                    name = "thong-ke-" + period.from() + "-" + period.to();
                }
                case "report" -> {
                    long id = Long.parseLong(request.getParameter("id"));
                    bytes = exports.report(id, format);
                    name = "bao-cao-" + id;
                }
                case "provincial" -> {
                    long id = Long.parseLong(request.getParameter("period"));
                    bytes = exports.provincial(id, format);
                    name = "bao-cao-tong-hop-" + id;
                }
                case "plan" -> {
                    bytes = exports.plan(format);
                    name = "nhiem-vu-ke-hoach";
                }
                case "ranking" -> {
                    int year = Integer.parseInt(request.getParameter("year"));
                    bytes = exports.ranking(year, format);
                    name = "xep-hang-" + year;
                }
                default -> {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
            response.setHeader("Cache-Control", "no-store");
            FileDownloads.send(response, new FileContent(0, name + "." + format.extension(), format.contentType(), null, bytes));
        } catch (NotFoundException | IllegalArgumentException e) {
            // NumberFormatException and an unknown breakdown are IllegalArgumentExceptions too
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
