package vn.camau.egov.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The audit trail chain's head: the last sealed entry's number and hash. One row, locked by the
 * sealer only (not by whoever writes an entry), so that auditing adds no lock to anyone's work.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    /** Seals the entry after the current head and moves the head to it. */
    public void seal(AuditEntry entry) {
        entry.seal(lastSequence + 1, lastHash);
        lastSequence = entry.getSequence();
        lastHash = entry.getChainHash();
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
