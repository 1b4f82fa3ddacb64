package vn.camau.egov.dossier.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.web.FileDownloads;

import java.io.IOException;

/**
 * A dossier's files and documents for a signed-in viewer: /files/dossier?code=...&file=ID (an
 * attachment or the result) and /files/document?code=...&which=receipt|supplement|refusal|apology|control.
 * The dossier service decides who may see what; anything else is "not found".
 */
@WebServlet({"/files/dossier", "/files/document"})
public class DossierFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DossierService dossiers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        try {
            FileContent file = request.getServletPath().endsWith("document")
                    ? dossiers.document(code, String.valueOf(request.getParameter("which")))
                    : dossiers.attachment(code, Long.parseLong(request.getParameter("file")));
            response.setHeader("Cache-Control", "no-store");
            FileDownloads.send(response, file);
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
