package vn.camau.egov.identity.domain;

import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByUsername(String username);

    long countWithRole(Role role);

    void store(Account account);
}
