package vn.camau.egov.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.identity.domain.Account;
import vn.camau.egov.identity.domain.AccountRepository;
import vn.camau.egov.identity.domain.Role;

import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /**
     * Reads the account again and locks it until the transaction ends: concurrent sign-in attempts
     * on one account are counted one after the other, so none is lost.
     */
    public void lock(Account account) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public long countWithRole(Role role) {
        return em.createNamedQuery("Account.countWithRole", Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public void store(Account account) {
        if (account.getId() == null) {
            em.persist(account);
        }
    }
}
