package vn.camau.egov.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The message log's head: the last sealed entry's number and hash. One row, locked by the sealer
 * only (not by whoever logs a message), so that the exchange's consumers do not wait on each other.
 */
@Entity
@Table(name = "exchange_chain")
public class ChainHead {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ChainHead() {
        // for JPA
    }

    public static ChainHead start() {
        ChainHead head = new ChainHead();
        head.id = ID;
        head.lastSequence = 0;
        head.lastHash = LoggedMessage.GENESIS;
        return head;
    }

    /** Seals the entry after the current head and moves the head to it. */
    public void seal(LoggedMessage message) {
        message.seal(lastSequence + 1, lastHash);
        lastSequence = message.getSequence();
        lastHash = message.getChainHash();
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
