package vn.camau.egov.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.camau.egov.shared.domain.CodeCounter;

/**
 * Numbers without gaps or repeats, per scope. The counter row is locked in the caller's transaction:
 * concurrent callers of one scope wait for each other, and a rolled-back caller gives its number
 * back. A scope's first row is made in a transaction of its own, so two first callers cannot both
 * make it.
 */
@Stateless
@PermitAll
public class Sequences {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Sequences self;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long next(String scope) {
        CodeCounter counter = em.find(CodeCounter.class, scope, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                self.create(scope);
            } catch (ScopeCreatedElsewhere e) {
                // made by a concurrent first caller: lock theirs
            }
            counter = em.find(CodeCounter.class, scope, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.take();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String scope) {
        if (em.find(CodeCounter.class, scope) != null) {
            return;
        }
        try {
            em.persist(new CodeCounter(scope));
            em.flush();
        } catch (PersistenceException raced) {
            // another transaction made it first; the caller locks that one
            throw new ScopeCreatedElsewhere();
        }
    }

    /** Rolls back this small transaction only; the caller's goes on with the row the other one made. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class ScopeCreatedElsewhere extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
