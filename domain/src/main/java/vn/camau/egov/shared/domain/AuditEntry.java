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
 * the application never deletes one. Shortly after its transaction commits, an entry is sealed into
 * the trail's hash chain ({@link #seal}): numbered, linked to the entry sealed before it and hashed
 * over its content, so that an entry edited, removed or slipped in afterwards shows.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.countAll", query = "SELECT COUNT(a) FROM AuditEntry a")
public class AuditEntry implements Chained {

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

    /** The place in the chain; null until sealed. Written once, by {@link #seal}. */
    @Column(name = "seal_seq")
    private Long sequence;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "chain_hash", length = 64)
    private String chainHash;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String targetType, String targetId,
                      String detail, String address) {
        // as a TIMESTAMP(6) column keeps it: the hash is computed from what is read back
        this.occurredAt = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.actor = truncate(Objects.requireNonNull(actor), 128);
        this.action = Objects.requireNonNull(action);
        this.targetType = targetType;
        this.targetId = truncate(targetId, 128);
        this.detail = truncate(detail, DETAIL_LENGTH);
        this.address = truncate(address, 64);
    }

    /**
     * Puts the entry into the chain after the entry sealed before it.
     *
     * @throws IllegalStateException when it is sealed already: a place in the chain is never moved
     */
    public void seal(long sequence, String previousHash) {
        if (this.sequence != null) {
            throw new IllegalStateException("audit entry " + id + " is sealed already");
        }
        this.sequence = sequence;
        this.previousHash = Objects.requireNonNull(previousHash);
        this.chainHash = chainHash();
    }

    /** The hash over the entry's content, its place and its link; what verification recomputes. */
    public String chainHash() {
        StringBuilder content = new StringBuilder();
        // each field with its length: no two different entries give the same text to hash
        for (Object field : new Object[] {previousHash, sequence, id, occurredAt, actor, action, targetType, targetId,
                detail, address}) {
            String text = field == null ? null : field.toString();
            content.append(text == null ? -1 : text.length()).append(':').append(text == null ? "" : text).append('|');
        }
        return Chained.sha256(content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public Long getSequence() {
        return sequence;
    }

    @Override
    public String getPreviousHash() {
        return previousHash;
    }

    @Override
    public String getChainHash() {
        return chainHash;
    }

    @Override
    public boolean isIntact() {
        return sequence != null && chainHash().equals(chainHash);
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
