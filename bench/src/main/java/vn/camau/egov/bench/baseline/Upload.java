package vn.camau.egov.bench.baseline;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;

/**
 * Baseline for the submission: a bare servlet that takes the same multipart upload (the form's
 * fields and two files), reads every byte and answers with the number of bytes. No session, no
 * check of the files, nothing stored.
 */
@WebServlet("/upload")
// the portal's Faces servlet's multipart settings (web.xml): each file to a temporary file as it arrives
@MultipartConfig(maxFileSize = 10 * 1024 * 1024, maxRequestSize = 32 * 1024 * 1024, fileSizeThreshold = 0)
public class Upload extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        long bytes = 0;
        byte[] buffer = new byte[8192];
        for (Part part : request.getParts()) {
            try (InputStream in = part.getInputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                }
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(bytes);
    }
}
