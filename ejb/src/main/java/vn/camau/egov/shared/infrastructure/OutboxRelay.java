package vn.camau.egov.shared.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import vn.camau.egov.shared.application.Outbox;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's messages to the broker every second, a batch per transaction, until none is
 * left. One run at a time on a node (a singleton's timer); the outbox's head row, locked by each
 * batch, keeps two nodes from sending the same messages.
 */
@Singleton
// its timer may fire while the deployment starts: not before the schema is there
@DependsOn("SchemaMigration")
@PermitAll
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @EJB
    private Outbox outbox;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void relay() {
        try {
            while (outbox.relay() == Outbox.BATCH) {
                // more waiting: the next batch at once, in its own transaction
            }
        } catch (RuntimeException e) {
            // the broker or the database away: the messages wait in the outbox for the next run. Once
            // a second while it lasts, so the stack trace only at FINE
            LOG.warning(() -> "Outbox not relayed this time: " + e);
            LOG.log(Level.FINE, "Outbox not relayed", e);
        }
    }
}
