package vn.camau.egov.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail (nhật ký): who did what, to which record, when and from which
 * address. Append-only: every column is insertable but not updatable, there are no setters, and
 * the application never deletes one.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.countAll", query = "SELECT COUNT(a) FROM AuditEntry a")
public class AuditEntry {

    public static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 128)
    private String actor;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "target_type", updatable = false, length = 64)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = 128)
    private String targetId;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(updatable = false, length = 64)
    private String address;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String targetType, String targetId,
                      String detail, String address) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = truncate(Objects.requireNonNull(actor), 128);
        this.action = Objects.requireNonNull(action);
        this.targetType = targetType;
        this.targetId = truncate(targetId, 128);
        this.detail = truncate(detail, DETAIL_LENGTH);
        this.address = truncate(address, 64);
    }

    /** Free text from outside is cut rather than refused: an audit entry must never be lost. */
    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getAddress() {
        return address;
    }
}
