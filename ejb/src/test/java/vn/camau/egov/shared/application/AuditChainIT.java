package vn.camau.egov.shared.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.it.AsProvinceAdmin;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.shared.domain.AuditEntry;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail's hash chain on the real database: entries sealed after their transaction, the
 * whole trail verified, and an entry edited or removed behind the application's back found where it is.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private AuditTrail audit;

    @EJB
    private AsProvinceAdmin provinceAdmin;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    /** Three entries of one test, written in one transaction and sealed. */
    private List<AuditEntry> sealedEntries() throws Exception {
        String target = UUID.randomUUID().toString();
        tx.begin();
        for (int i = 1; i <= 3; i++) {
            audit.record("TEST_CHANGE", "audit-chain-it", target, "thay đổi thứ " + i);
        }
        tx.commit();
        // what the timer does every few seconds, now
        while (audit.seal() == AuditTrail.SEAL_BATCH) {
            // until nothing waits
        }
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.targetId = :t ORDER BY a.id", AuditEntry.class)
                .setParameter("t", target).getResultList();
    }

    private ChainReport verify() throws Exception {
        return provinceAdmin.call(() -> audit.verify());
    }

    private void sql(String statement, Object... parameters) throws Exception {
        tx.begin();
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        tx.commit();
    }

    @Test
    void entriesAreSealedInOrderAndTheTrailChecksOut() throws Exception {
        List<AuditEntry> entries = sealedEntries();
        assertThat(entries).hasSize(3).allSatisfy(e -> {
            assertThat(e.getSequence()).isNotNull();
            assertThat(e.isIntact()).isTrue();
        });
        assertThat(entries.get(1).getSequence()).isGreaterThan(entries.get(0).getSequence());
        ChainReport report = verify();
        assertThat(report.intact()).as(report.why()).isTrue();
        assertThat(report.checked()).isGreaterThanOrEqualTo(entries.get(2).getSequence());
        // the verification is audited too
        assertThat(em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'AUDIT_VERIFIED'", Long.class)
                .getSingleResult()).isPositive();
    }

    @Test
    void anEditedEntryIsFoundWhereItIs() throws Exception {
        AuditEntry edited = sealedEntries().get(1);
        // someone with the database's password rewrites what an official did
        sql("UPDATE audit_entry SET detail = ? WHERE id = ?", "không có gì", edited.getId());
        try {
            ChainReport report = verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAt()).isEqualTo(edited.getSequence());
            assertThat(report.why()).contains("changed");
        } finally {
            sql("UPDATE audit_entry SET detail = ? WHERE id = ?", edited.getDetail(), edited.getId());
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aRemovedEntryIsFoundWhereItWas() throws Exception {
        AuditEntry removed = sealedEntries().get(0);
        sql("DELETE FROM audit_entry WHERE id = ?", removed.getId());
        try {
            ChainReport report = verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAt()).isEqualTo(removed.getSequence());
            assertThat(report.why()).contains("missing");
        } finally {
            sql("INSERT INTO audit_entry (id, occurred_at, actor, action, target_type, target_id, detail, address,"
                            + " seal_seq, previous_hash, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    removed.getId(), new vn.camau.egov.shared.domain.InstantConverter().convertToDatabaseColumn(removed.getOccurredAt()),
                    removed.getActor(),
                    removed.getAction(), removed.getTargetType(), removed.getTargetId(), removed.getDetail(),
                    removed.getAddress(), removed.getSequence(), removed.getPreviousHash(), removed.getChainHash());
        }
        assertThat(verify().intact()).isTrue();
    }
}
