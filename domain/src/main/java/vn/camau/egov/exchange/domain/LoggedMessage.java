package vn.camau.egov.exchange.domain;

import vn.camau.egov.shared.domain.Chained;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.shared.domain.VietnamTime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One message in the exchange's log, in a hash chain: each entry's hash covers its own content
 * and the previous entry's hash, so changing any earlier entry, or its payload, breaks every hash
 * after it. An entry is written without a place in the chain, in the transaction that sends or
 * takes the message; shortly after its commit it is sealed ({@link #seal}): numbered without gaps,
 * linked to the entry sealed before it and hashed.
 */
@Entity
@Table(name = "exchange_log")
public class LoggedMessage implements Chained {

    /** The hash before the first entry. */
    public static final String GENESIS = Chained.GENESIS;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_log_seq")
    @SequenceGenerator(name = "exchange_log_seq", sequenceName = "exchange_log_seq", allocationSize = 50)
    @Column(updatable = false)
    private Long id;

    /** The place in the chain; null until sealed. Written once, by {@link #seal}. */
    @Column(name = "seal_seq")
    private Long sequence;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private MessageKind kind;

    @Column(name = "message_id", nullable = false, length = 100, updatable = false)
    private String messageId;

    @Column(name = "peer_agency_id", length = 16, updatable = false)
    private String peerAgencyId;

    @Column(name = "document_id", length = 200, updatable = false)
    private String documentId;

    @Column(name = "status_code", length = 2, updatable = false)
    private String statusCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_on", nullable = false, updatable = false)
    private LocalDate createdOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MessageState state;

    @Column(name = "state_at", nullable = false)
    private Instant stateAt;

    @Column(length = 1000)
    private String detail;

    /** For an incoming message: whether its signature verified against the peer's certificate (null: none to check). */
    @Column(name = "signature_valid", updatable = false)
    private Boolean signatureValid;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] payload;

    @Column(name = "payload_sha256", nullable = false, length = 64, updatable = false)
    private String payloadSha256;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "chain_hash", length = 64)
    private String chainHash;

    protected LoggedMessage() {
        // for JPA
    }

    /** What a new entry says; sealing gives it its number and hashes. */
    public record Entry(Direction direction, MessageKind kind, String messageId, String peerAgencyId,
                        String documentId, String statusCode, MessageState state, String detail,
                        Boolean signatureValid, byte[] payload) {
    }

    public LoggedMessage(Entry e, Instant now) {
        this.direction = Objects.requireNonNull(e.direction());
        this.kind = Objects.requireNonNull(e.kind());
        this.messageId = Objects.requireNonNull(e.messageId());
        this.peerAgencyId = e.peerAgencyId();
        this.documentId = e.documentId();
        this.statusCode = e.statusCode();
        this.state = Objects.requireNonNull(e.state());
        this.stateAt = now;
        this.detail = clip(e.detail());
        this.signatureValid = e.signatureValid();
        this.payload = e.payload().clone();
        // the databases keep microseconds: the hash must be of the time as it will be read back
        this.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.createdOn = VietnamTime.dateOf(createdAt);
        this.payloadSha256 = sha256(payload);
    }

    /**
     * Puts the entry into the chain after the entry sealed before it.
     *
     * @throws IllegalStateException when it is sealed already: a place in the chain is never moved
     */
    public void seal(long sequence, String previousHash) {
        if (this.sequence != null) {
            throw new IllegalStateException("exchange log entry " + id + " is sealed already");
        }
        this.sequence = sequence;
        this.previousHash = Objects.requireNonNull(previousHash);
        this.chainHash = chainHash();
    }

    /** The entry's hash from its content and the previous hash; what verification recomputes. */
    public String chainHash() {
        String content = String.join("|", previousHash, String.valueOf(sequence), direction.name(), kind.name(),
                messageId, String.valueOf(peerAgencyId), String.valueOf(documentId), String.valueOf(statusCode),
                createdAt.toString(), payloadSha256);
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the entry is sealed and still is what it was: its payload's hash, and its own chain hash. */
    public boolean isIntact() {
        return sequence != null && sha256(payload).equals(payloadSha256) && chainHash().equals(chainHash);
    }

    /** The state moves on (queued → delivered → acknowledged, or failed); the chained content does not change. */
    public void moveTo(MessageState next, String why, Instant now) {
        this.state = Objects.requireNonNull(next);
        this.stateAt = now;
        if (why != null) {
            this.detail = clip(why);
        }
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    public static String sha256(byte[] bytes) {
        return Chained.sha256(bytes);
    }

    public Long getId() {
        return id;
    }

    /** The place in the chain, or null while not sealed. */
    public Long getSequence() {
        return sequence;
    }

    public Direction getDirection() {
        return direction;
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getPeerAgencyId() {
        return peerAgencyId;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public MessageState getState() {
        return state;
    }

    public Instant getStateAt() {
        return stateAt;
    }

    public String getDetail() {
        return detail;
    }

    public Boolean getSignatureValid() {
        return signatureValid;
    }

    public byte[] getPayload() {
        return payload.clone();
    }

    public String getPayloadSha256() {
        return payloadSha256;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getChainHash() {
        return chainHash;
    }
}
