package vn.camau.egov.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.shared.domain.AuditEntry;
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
