package vn.camau.egov.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.shared.domain.AuditChainHead;
import vn.camau.egov.shared.domain.AuditEntry;
import vn.camau.egov.shared.domain.ChainCheck;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail: the one way to record who did what. An entry is written in the caller's
 * transaction, so it exists exactly when the change it describes does. The actor is the signed-in
 * caller, or "anonymous". Recording is open to every caller (the service calling it has checked
 * its own caller); reading is for provincial administrators.
 */
@Stateless
@PermitAll
public class AuditTrail {

    /** Entries sealed per transaction; the sealer goes on while a batch comes back full. */
    public static final int SEAL_BATCH = 500;
    /** Entries read per round trip while verifying. */
    private static final int VERIFY_BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Clock clock;

    public void record(String action, String targetType, Object targetId, String detail) {
        String actor = session.getCallerPrincipal().getName();
        String address = null;
        try {
            address = clientAddress.get();
        } catch (RuntimeException noRequest) {
            // no request context: a message or a timer acts
        }
        em.persist(new AuditEntry(Instant.now(clock), actor, action, targetType,
                targetId == null ? null : String.valueOf(targetId), detail, address));
    }

    /**
     * Seals the oldest entries not yet in the chain, up to {@link #SEAL_BATCH}, in a transaction of
     * its own, holding the chain's head. The order is the order of sealing: an entry whose
     * transaction committed late is sealed in a later batch, after entries with higher ids.
     *
     * @return how many were sealed
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seal() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<AuditEntry> unsealed = em.createQuery("SELECT a FROM AuditEntry a WHERE a.sequence IS NULL ORDER BY a.id",
                AuditEntry.class).setMaxResults(SEAL_BATCH).getResultList();
        unsealed.forEach(head::seal);
        return unsealed.size();
    }

    /**
     * Walks the whole chain: each entry intact and linked to the one before, and the last one the
     * chain's head, so that an entry edited or removed behind the application's back shows. Also
     * reports entries left unsealed for long (the sealing has stopped). The verification is itself
     * audited.
     */
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public ChainReport verify() {
        // the head first: entries sealed during the walk come after it and are left for the next one
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        ChainCheck check = new ChainCheck();
        List<AuditEntry> batch;
        do {
            batch = em.createQuery("SELECT a FROM AuditEntry a WHERE a.sequence > :after AND a.sequence <= :last"
                            + " ORDER BY a.sequence", AuditEntry.class).setParameter("after", check.last())
                    .setParameter("last", head.getLastSequence()).setMaxResults(VERIFY_BATCH).getResultList();
            check.check(batch);
            em.clear();
        } while (batch.size() == VERIFY_BATCH && check.intact());
        check.end(head.getLastSequence(), head.getLastHash());
        Instant now = Instant.now(clock);
        long unsealed = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.sequence IS NULL"
                + " AND a.occurredAt < :before", Long.class).setParameter("before", now.minus(ChainReport.SEALED_WITHIN))
                .getSingleResult();
        ChainReport report = ChainReport.of(check, now).withUnsealed(unsealed);
        record("AUDIT_VERIFIED", "audit-trail", check.last(), report.intact() ? "intact, " + report.checked()
                + " entries" : "broken" + (report.brokenAt() == null ? "" : " at " + report.brokenAt()) + ": " + report.why());
        return report;
    }

    /**
     * Entries newest first, filtered by actor, action and period; one bounded page at a time.
     */
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public Page<AuditEntryView> search(AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object[]> parameters = new ArrayList<>();
        if (filter.actor() != null) {
            where.append(" AND a.actor = :actor");
            parameters.add(new Object[] {"actor", filter.actor()});
        }
        if (filter.action() != null) {
            where.append(" AND a.action = :action");
            parameters.add(new Object[] {"action", filter.action()});
        }
        if (filter.from() != null) {
            where.append(" AND a.occurredAt >= :from");
            parameters.add(new Object[] {"from", filter.from()});
        }
        if (filter.to() != null) {
            where.append(" AND a.occurredAt < :to");
            parameters.add(new Object[] {"to", filter.to()});
        }
        TypedQuery<AuditEntry> query = em.createQuery(
                "SELECT a FROM AuditEntry a" + where + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class);
        for (Object[] p : parameters) {
            query.setParameter((String) p[0], p[1]);
            count.setParameter((String) p[0], p[1]);
        }
        List<AuditEntryView> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(AuditEntryView::of).toList();
        return new Page<>(items, count.getSingleResult(), page);
    }
}
