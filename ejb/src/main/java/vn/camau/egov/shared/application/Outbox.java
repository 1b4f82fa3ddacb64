package vn.camau.egov.shared.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.shared.domain.OutboxHead;
import vn.camau.egov.shared.domain.OutboxMessage;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Messages that a change sends to the local broker, kept as rows in the change's own transaction
 * and relayed to the broker after it commits. A change thus commits on the database alone (no
 * two-phase commit with the broker in a citizen's request, no request waiting on the broker), and a
 * message still goes out exactly when its change commits: the relay sends a batch and deletes its
 * rows in one XA transaction, so a message is neither lost nor sent twice. (Messages to the central
 * hub do not come here: {@code SignedOutbox} queues them in the caller's transaction itself.)
 */
@Stateless
public class Outbox {

    /** Messages sent per relay transaction; the relay goes on while a batch comes back full. */
    public static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JMSContext jms;

    @Inject
    private Clock clock;

    @Resource(lookup = "java:/jms/topic/egov/dossier-events")
    private Topic dossierEvents;

    @Resource(lookup = "java:/jms/queue/egov/mail")
    private Queue mail;

    /**
     * Puts a map message in the outbox, in the caller's transaction.
     *
     * @param entries its content: strings (or null) and whole numbers
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void put(OutboxMessage.Destination destination, Map<String, ?> entries) {
        em.persist(new OutboxMessage(destination, json(entries), clock.instant()));
    }

    /**
     * Sends the oldest waiting messages, up to {@link #BATCH}, in the order they were written, and
     * deletes them, in a transaction of its own that holds the relay's row.
     *
     * @return how many were sent
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int relay() {
        if (em.createQuery("SELECT m.id FROM OutboxMessage m", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            // the relay's every second at rest: no lock taken, no broker enlisted
            return 0;
        }
        em.find(OutboxHead.class, OutboxHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<OutboxMessage> waiting = em.createQuery("SELECT m FROM OutboxMessage m ORDER BY m.id", OutboxMessage.class)
                .setMaxResults(BATCH).getResultList();
        if (waiting.isEmpty()) {
            // another node sent them while this one waited for the lock
            return 0;
        }
        var producer = jms.createProducer();
        for (OutboxMessage m : waiting) {
            producer.send(m.getDestination() == OutboxMessage.Destination.MAIL ? mail : dossierEvents, message(m.getEntries()));
            em.remove(m);
        }
        return waiting.size();
    }

    /** How long the oldest waiting message has waited; zero when none waits. */
    public Duration oldestWait() {
        List<Instant> oldest = em.createQuery("SELECT m.createdAt FROM OutboxMessage m ORDER BY m.id", Instant.class)
                .setMaxResults(1).getResultList();
        return oldest.isEmpty() ? Duration.ZERO : Duration.between(oldest.get(0), clock.instant());
    }

    static String json(Map<String, ?> entries) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        entries.forEach((name, value) -> {
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof String s) {
                object.add(name, s);
            } else if (value instanceof Long || value instanceof Integer) {
                object.add(name, ((Number) value).longValue());
            } else {
                throw new IllegalArgumentException(
                        "an outbox entry is a string or a whole number, not " + value.getClass().getName() + ": " + name);
            }
        });
        return object.build().toString();
    }

    private MapMessage message(String entries) {
        try (var reader = Json.createReader(new StringReader(entries))) {
            JsonObject object = reader.readObject();
            MapMessage message = jms.createMapMessage();
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                switch (e.getValue().getValueType()) {
                    case STRING -> message.setString(e.getKey(), ((JsonString) e.getValue()).getString());
                    case NUMBER -> message.setLong(e.getKey(), ((JsonNumber) e.getValue()).longValueExact());
                    case NULL -> message.setString(e.getKey(), null);
                    default -> throw new IllegalStateException("outbox entry of type " + e.getValue().getValueType());
                }
            }
            return message;
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
