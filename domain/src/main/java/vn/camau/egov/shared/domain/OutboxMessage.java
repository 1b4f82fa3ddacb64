package vn.camau.egov.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A message waiting in the outbox: written in the transaction of the change it announces, sent to
 * the broker by the relay shortly after that transaction commits, then deleted. Its entries are
 * kept as a JSON object, strings and whole numbers, the content of the JMS map message it becomes.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** Where a message goes. */
    public enum Destination {
        /** The topic egov.dossier.events: a dossier's status changed. */
        DOSSIER_EVENTS,
        /** The queue egov.mail: an e-mail to send. */
        MAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    @Column(updatable = false)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private Destination destination;

    @Lob
    @Column(nullable = false, updatable = false)
    private String entries;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(Destination destination, String entries, Instant createdAt) {
        this.destination = Objects.requireNonNull(destination, "destination");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public Destination getDestination() {
        return destination;
    }

    public String getEntries() {
        return entries;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
