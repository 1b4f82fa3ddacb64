package vn.camau.egov.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.camau.egov.shared.domain.StoredFile;

import java.time.Instant;
import java.util.Objects;

/**
 * A file in a dossier (tệp đính kèm): which required document it is, the stored file, and when it
 * was added (at submission, or later as a supplement).
 */
@Entity
@Table(name = "dossier_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_attachment_seq")
    @SequenceGenerator(name = "dossier_attachment_seq", sequenceName = "dossier_attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    private Dossier dossier;

    @Column(name = "document_name", nullable = false, length = 500, updatable = false)
    private String documentName;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    private StoredFile file;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected Attachment() {
        // for JPA
    }

    Attachment(Dossier dossier, String documentName, StoredFile file, Instant addedAt) {
        this.dossier = Objects.requireNonNull(dossier);
        this.documentName = Objects.requireNonNull(documentName);
        this.file = Objects.requireNonNull(file);
        this.addedAt = Objects.requireNonNull(addedAt);
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public String getDocumentName() {
        return documentName;
    }

    public StoredFile getFile() {
        return file;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
