package vn.camau.egov.exchange.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.camau.egov.exchange.application.ExchangeMonitor;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals the message log's new entries into its hash chain every few seconds, a batch per
 * transaction, until none is left; as the audit trail's are sealed (AuditSealing). One run at a
 * time on a node (a singleton's timer); the chain's head row, locked by each batch, keeps two nodes
 * from sealing the same entries.
 */
@Singleton
// its timer may fire while the deployment starts: not before the schema is there
@DependsOn("SchemaMigration")
@PermitAll
public class MessageLogSealing {

    private static final Logger LOG = Logger.getLogger(MessageLogSealing.class.getName());

    @Inject
    private ExchangeMonitor monitor;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sealNew() {
        try {
            while (monitor.seal() == ExchangeMonitor.SEAL_BATCH) {
                // more waiting: the next batch at once, in its own transaction
            }
        } catch (RuntimeException e) {
            // the database away: the entries wait, unsealed, for the next run
            LOG.log(Level.WARNING, "Exchange log entries not sealed this time: " + e.getMessage(), e);
        }
    }
}
