package vn.camau.egov.document.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.document.application.DocumentService;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.web.FileDownloads;

import java.io.IOException;

/**
 * An official document's file for an official who may see the document:
 * /files/official-document?out=true|false&amp;doc=ID&amp;id=FILE. The registry checks the viewer.
 */
@WebServlet("/files/official-document")
public class DocumentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            var file = documents.file("true".equals(request.getParameter("out")),
                    Long.parseLong(request.getParameter("doc")), Long.parseLong(request.getParameter("id")));
            response.setHeader("Cache-Control", "no-store");
            FileDownloads.send(response, file);
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
