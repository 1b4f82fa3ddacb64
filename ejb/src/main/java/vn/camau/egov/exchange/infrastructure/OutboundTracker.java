package vn.camau.egov.exchange.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.exchange.domain.Direction;
import vn.camau.egov.exchange.domain.LoggedMessage;
import vn.camau.egov.exchange.domain.MessageState;

import java.time.Clock;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks logged outgoing messages delivered once they have left the local outbound queue: the
 * bridge removes a message only when the hub has it. What is still on the queue stays queued, which
 * is what the reconciliation shows as pending.
 */
@Singleton
// its timer may fire while the deployment starts: not before the schema is there
@DependsOn("SchemaMigration")
@PermitAll
@RunAs("exchange")
public class OutboundTracker {

    /** Messages looked at per run; older ones first, the rest at the next run. */
    private static final int BATCH = 1000;
    /** A queue longer than this (the hub away for long) is not browsed: everything on it is still waiting. */
    private static final int MAX_BROWSED = 50_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/egov/exchange/outbound")
    private Queue outbound;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void track() {
        // queued a moment ago may still be in the sender's transaction: leave those for the next run
        Instant settled = Instant.now(clock).minusSeconds(5);
        List<LoggedMessage> queued = em.createQuery("select m from LoggedMessage m where m.direction = :out"
                        + " and m.state = :queued and m.createdAt < :settled order by m.id", LoggedMessage.class)
                .setParameter("out", Direction.OUT).setParameter("queued", MessageState.QUEUED)
                .setParameter("settled", settled).setMaxResults(BATCH).getResultList();
        if (queued.isEmpty()) {
            return;
        }
        Set<String> waiting = waiting();
        if (waiting == null) {
            return;
        }
        Instant now = Instant.now(clock);
        for (LoggedMessage m : queued) {
            if (!waiting.contains(m.getMessageId())) {
                m.moveTo(MessageState.DELIVERED, null, now);
            }
        }
    }

    /** The ids of the messages on the outbound queue, or null when there are too many to look at. */
    private Set<String> waiting() {
        Set<String> ids = new HashSet<>();
        try (QueueBrowser browser = jms.createBrowser(outbound)) {
            for (Enumeration<?> e = browser.getEnumeration(); e.hasMoreElements(); ) {
                if (ids.size() >= MAX_BROWSED) {
                    return null;
                }
                ids.add(((Message) e.nextElement()).getStringProperty(HubOutbox.MESSAGE_ID));
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        return ids;
    }
}
