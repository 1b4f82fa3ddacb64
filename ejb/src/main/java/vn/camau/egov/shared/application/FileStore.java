package vn.camau.egov.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.shared.domain.FileKind;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.StoredFile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps files in the database, in the caller's transaction: a file exists exactly when the record
 * that owns it does. A file is accepted only if its content is one of the allowed kinds and within
 * the size limit; the name it came with decides nothing.
 */
@Stateless
@PermitAll
public class FileStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /**
     * Checks and stores an upload; problems are reported under {@code field}.
     *
     * @throws InvalidInputException when the file is empty, too large, or not a PDF, JPEG, PNG or DOCX by content
     */
    public StoredFile store(String field, Upload upload) {
        FileKind kind = kindOf(field, upload, settings.maxFileBytes());
        StoredFile file = new StoredFile(upload.name(), kind, upload.content(), Instant.now(clock));
        em.persist(file);
        return file;
    }

    /**
     * The checks {@link #store} makes, as a value rather than an exception, so a caller can look
     * at every file of a submission first: an exception thrown out of this bean would mark the
     * caller's transaction for rollback.
     *
     * @return the file's kind, or empty with the problem added to {@code problems}
     */
    public static Optional<FileKind> check(String field, Upload upload, long maxBytes, List<FieldProblem> problems) {
        try {
            return Optional.of(kindOf(field, upload, maxBytes));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    private static FileKind kindOf(String field, Upload upload, long maxBytes) {
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

    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }
}
