package vn.camau.egov.shared.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.camau.egov.shared.application.AuditTrail;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals the audit trail's new entries into its hash chain every few seconds, a batch per
 * transaction, until none is left. One run at a time on a node (a singleton's timer); the chain's
 * head row, locked by each batch, keeps two nodes from sealing the same entries.
 */
@Singleton
// its timer may fire while the deployment starts: not before the schema is there
@DependsOn("SchemaMigration")
@PermitAll
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());

    @Inject
    private AuditTrail audit;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sealNew() {
        try {
            while (audit.seal() == AuditTrail.SEAL_BATCH) {
                // more waiting: the next batch at once, in its own transaction
            }
        } catch (RuntimeException e) {
            // the database away: the entries wait, unsealed, for the next run
            LOG.log(Level.WARNING, "Audit entries not sealed this time: " + e.getMessage(), e);
        }
    }
}
