package vn.camau.egov.shared.application;

import vn.camau.egov.shared.domain.FileKind;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;

import java.util.List;
import java.util.Optional;

/**
 * What makes an upload acceptable: not empty, within the size limit, and a PDF, JPEG, PNG or DOCX
 * by its content (its name decides nothing). Plain code, not a bean: a caller can look at every
 * file of a submission first and report all problems, where an exception thrown out of a bean
 * would mark the caller's transaction for rollback.
 */
public final class UploadCheck {

    private UploadCheck() {
    }

    /** The upload's kind, or empty with its problem added to {@code problems} (under {@code field}). */
    public static Optional<FileKind> check(String field, Upload upload, long maxBytes, List<FieldProblem> problems) {
        try {
            return Optional.of(kindOf(field, upload, maxBytes));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /**
     * @throws InvalidInputException when the file is empty, too large, or not an allowed kind
     */
    static FileKind kindOf(String field, Upload upload, long maxBytes) {
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw new InvalidInputException(field, "file.empty", upload.name());
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException(field, "file.tooLarge", upload.name(), maxBytes / (1024 * 1024));
        }
        return FileKind.detect(content)
                .orElseThrow(() -> new InvalidInputException(field, "file.kindNotAllowed", upload.name()));
    }
}
