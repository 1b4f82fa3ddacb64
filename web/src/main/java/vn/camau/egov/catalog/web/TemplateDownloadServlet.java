package vn.camau.egov.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.catalog.application.CatalogService;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.web.FileDownloads;

import java.io.IOException;
import java.util.Optional;

/** Downloads of the form templates procedures offer (/files/template?id=...); public. */
@WebServlet("/files/template")
public class TemplateDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FileContent> file;
        try {
            file = catalog.template(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException e) {
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownloads.send(response, file.get());
    }
}
