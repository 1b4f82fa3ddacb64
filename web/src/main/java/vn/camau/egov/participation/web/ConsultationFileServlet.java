package vn.camau.egov.participation.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.participation.application.ConsultationService;
import vn.camau.egov.shared.application.ExportFormat;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.web.FileDownloads;

import java.io.IOException;

/**
 * /files/consultation?id=&amp;file=: a consultation's attached file; /files/consultation?id=&amp;format=pdf|xlsx:
 * its synthesis. Public once published; the service decides.
 */
@WebServlet("/files/consultation")
public class ConsultationFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultationService consultations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long id = Long.parseLong(request.getParameter("id"));
            FileContent file;
            if (request.getParameter("file") != null) {
                file = consultations.file(id, Long.parseLong(request.getParameter("file")));
            } else {
                ExportFormat format = ExportFormat.of(request.getParameter("format"));
                file = new FileContent(0, "tong-hop-y-kien-" + id + "." + format.extension(), format.contentType(), null,
                        consultations.synthesis(id, format));
            }
            response.setHeader("Cache-Control", "no-store");
            FileDownloads.send(response, file);
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
