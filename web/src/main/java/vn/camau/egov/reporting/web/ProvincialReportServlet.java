package vn.camau.egov.reporting.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.reporting.application.MonitoringExports;
import vn.camau.egov.shared.application.ExportFormat;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.web.FileDownloads;

import java.io.IOException;

/** /files/provincial-report?period=&amp;format=pdf|xlsx: a consolidated period's provincial report, for anyone. */
@WebServlet("/files/provincial-report")
public class ProvincialReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonitoringExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long period = Long.parseLong(request.getParameter("period"));
            ExportFormat format = ExportFormat.of(request.getParameter("format"));
            byte[] bytes = exports.publishedProvincial(period, format);
            FileDownloads.send(response, new FileContent(0, "bao-cao-tong-hop-" + period + "." + format.extension(),
                    format.contentType(), null, bytes));
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
