package vn.camau.egov.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.exchange.domain.ChainHead;
import vn.camau.egov.exchange.domain.Direction;
import vn.camau.egov.exchange.domain.LoggedMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;

/**
 * Appends to the hash-chained message log, in the caller's transaction. The chain's head row is
 * locked for the append, so concurrent senders and receivers line up and every entry links to the
 * one before it.
 */
@ApplicationScoped
public class MessageLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public LoggedMessage append(LoggedMessage.Entry entry) {
        ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        LoggedMessage message = head.append(entry, Instant.now(clock));
        em.persist(message);
        return message;
    }

    public Optional<LoggedMessage> find(Direction direction, String messageId) {
        return em.createQuery("select m from LoggedMessage m where m.direction = :d and m.messageId = :id", LoggedMessage.class)
                .setParameter("d", direction).setParameter("id", messageId)
                .getResultStream().findFirst();
    }
}
