package vn.camau.egov.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.exchange.domain.Direction;
import vn.camau.egov.exchange.domain.LoggedMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes to the hash-chained message log, in the caller's transaction, without a lock: the entry
 * gets its place in the chain after the commit ({@link ExchangeMonitor#seal}), so that senders and
 * receivers do not line up on the chain's head.
 */
@ApplicationScoped
public class MessageLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public LoggedMessage append(LoggedMessage.Entry entry) {
        LoggedMessage message = new LoggedMessage(entry, Instant.now(clock));
        em.persist(message);
        return message;
    }

    public Optional<LoggedMessage> find(Direction direction, String messageId) {
        return em.createQuery("select m from LoggedMessage m where m.direction = :d and m.messageId = :id", LoggedMessage.class)
                .setParameter("d", direction).setParameter("id", messageId)
                .getResultStream().findFirst();
    }
}
