package vn.camau.egov.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.shared.domain.FileKind;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.StoredFile;

import java.time.Clock;
import java.time.Instant;
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
        FileKind kind = UploadCheck.kindOf(field, upload, settings.maxFileBytes());
        StoredFile file = new StoredFile(upload.name(), kind, upload.content(), Instant.now(clock));
        em.persist(file);
        return file;
    }

    /**
     * Stores a file the server made itself (a signed result): its kind is still read from its
     * content, but the upload size limit does not apply to it.
     */
    public StoredFile storeGenerated(Upload file) {
        FileKind kind = UploadCheck.kindOf("file", file, Long.MAX_VALUE);
        StoredFile stored = new StoredFile(file.name(), kind, file.content(), Instant.now(clock));
        em.persist(stored);
        return stored;
    }

    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }
}
