package vn.camau.egov.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.shared.application.FileContent;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a stored file: its own content type, as an attachment (never rendered inline as the site's
 * own page), with its Vietnamese name encoded for every browser (RFC 6266 / 5987).
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    public static void send(HttpServletResponse response, FileContent file) throws IOException {
        byte[] content = file.bytes();
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = file.name().replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(content.length);
        response.getOutputStream().write(content);
    }
}
