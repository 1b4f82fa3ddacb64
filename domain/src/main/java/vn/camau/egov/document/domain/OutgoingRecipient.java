package vn.camau.egov.document.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One recipient of an outgoing document, by agency identifier, with the last status it reported
 * (edXML status codes: 01 arrived ... 06 completed, 02 rejected with a reason).
 */
@Entity
@Table(name = "outgoing_recipient")
public class OutgoingRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_recipient_seq")
    @SequenceGenerator(name = "outgoing_recipient_seq", sequenceName = "outgoing_recipient_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private OutgoingDocument document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private RecipientKind kind;

    @Column(name = "agency_id", nullable = false, length = 16, updatable = false)
    private String agencyId;

    @Column(nullable = false, length = 255, updatable = false)
    private String name;

    /** The last status the recipient reported; null until it reports one. */
    @Column(name = "status_code", length = 2)
    private String statusCode;

    @Column(name = "status_at")
    private Instant statusAt;

    @Column(name = "status_note", length = 1000)
    private String statusNote;

    protected OutgoingRecipient() {
        // for JPA
    }

    OutgoingRecipient(OutgoingDocument document, RecipientKind kind, String agencyId, String name) {
        this.document = Objects.requireNonNull(document);
        this.kind = Objects.requireNonNull(kind);
        this.agencyId = Objects.requireNonNull(agencyId);
        this.name = Objects.requireNonNull(name);
    }

    /**
     * A status the recipient reported. Statuses may arrive out of order (the axis does not keep
     * order): a later step never gives way to an earlier one, except a rejection or an answer to a
     * recall (15, 16), which end it.
     */
    public void reported(String code, String note, Instant at) {
        if (statusCode == null || "02".equals(code) || rank(code) >= rank(statusCode)) {
            this.statusCode = code;
            this.statusAt = at;
            this.statusNote = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
        }
    }

    private static int rank(String code) {
        return switch (code) {
            case "01" -> 1;
            case "03" -> 3;
            case "04" -> 4;
            case "05" -> 5;
            case "06" -> 6;
            case "02" -> 7;
            // the answer to a recall ends the exchange about the document
            case "15", "16" -> 8;
            default -> 0;
        };
    }

    public Long getId() {
        return id;
    }

    public OutgoingDocument getDocument() {
        return document;
    }

    public RecipientKind getKind() {
        return kind;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public String getName() {
        return name;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public Instant getStatusAt() {
        return statusAt;
    }

    public String getStatusNote() {
        return statusNote;
    }
}
