package vn.camau.egov.dossier.application;

import vn.camau.egov.dossier.domain.Attachment;

import java.io.Serializable;
import java.time.Instant;

/** A file of a dossier as pages list it; the content is fetched separately, after an access check. */
public record AttachmentView(long fileId, String documentName, String fileName, long size, String sha256, Instant addedAt)
        implements Serializable {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getFile().getId(), a.getDocumentName(), a.getFile().getName(), a.getFile().getSize(),
                a.getFile().getSha256(), a.getAddedAt());
    }
}
