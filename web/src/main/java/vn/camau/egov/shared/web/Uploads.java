package vn.camau.egov.shared.web;

import jakarta.servlet.http.Part;
import vn.camau.egov.shared.application.Upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Files from a form's file inputs, read into memory. The servlet container already refused any
 * request above the multipart limits (web.xml), so reading is bounded; the file store then checks
 * each file's content and size.
 */
public final class Uploads {

    private Uploads() {
    }

    public static List<Upload> of(List<Part> parts) {
        List<Upload> uploads = new ArrayList<>();
        if (parts == null) {
            return uploads;
        }
        for (Part part : parts) {
            if (part == null || (part.getSize() == 0 && (part.getSubmittedFileName() == null
                    || part.getSubmittedFileName().isEmpty()))) {
                continue; // an input left empty
            }
            try (InputStream in = part.getInputStream()) {
                uploads.add(new Upload(part.getSubmittedFileName(), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
