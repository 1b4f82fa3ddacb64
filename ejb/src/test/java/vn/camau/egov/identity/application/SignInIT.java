package vn.camau.egov.identity.application;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.it.AsProvinceAdmin;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.Fixtures;
import vn.camau.egov.shared.application.AuditEntryView;
import vn.camau.egov.shared.application.AuditFilter;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.domain.PageRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in against the database identity store: PBKDF2 hashes, lockout, and the audit of every attempt. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private AccountService accounts;

    @Inject
    private Fixtures fixtures;

    @Inject
    private AuditTrail audit;

    @EJB
    private AsProvinceAdmin provinceAdmin;

    private String newSpecialist() throws Exception {
        String username = fixtures.uniqueUsername("cv");
        fixtures.newOfficial(fixtures.newUnit().code(), username, Role.SPECIALIST, Role.LEADER);
        return username;
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRoles() throws Exception {
        String username = newSpecialist();
        SignInResult result = accounts.signIn(" " + username.toUpperCase() + " ", Fixtures.PASSWORD);
        assertThat(result.outcome()).isEqualTo(SignInResult.Outcome.SUCCESS);
        assertThat(result.username()).isEqualTo(username);
        assertThat(result.roles()).containsExactlyInAnyOrder(Roles.SPECIALIST, Roles.LEADER);
        assertThat(actions(username)).contains("SIGN_IN");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        String username = newSpecialist();
        assertThat(accounts.signIn(username, "not the password").outcome()).isEqualTo(SignInResult.Outcome.INVALID);
        String nobody = fixtures.uniqueUsername("nobody");
        assertThat(accounts.signIn(nobody, Fixtures.PASSWORD).outcome()).isEqualTo(SignInResult.Outcome.INVALID);
        assertThat(actions(username)).contains("SIGN_IN_FAILED");
        assertThat(actions(nobody)).contains("SIGN_IN_FAILED");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = newSpecialist();
        for (int i = 1; i <= 4; i++) {
            assertThat(accounts.signIn(username, "wrong " + i).outcome()).isEqualTo(SignInResult.Outcome.INVALID);
        }
        SignInResult fifth = accounts.signIn(username, "wrong 5");
        assertThat(fifth.outcome()).isEqualTo(SignInResult.Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).isNotNull();

        assertThat(accounts.signIn(username, Fixtures.PASSWORD).outcome()).isEqualTo(SignInResult.Outcome.LOCKED);
        assertThat(actions(username)).contains("ACCOUNT_LOCKED", "SIGN_IN_REFUSED").doesNotContain("SIGN_IN");

        provinceAdmin.call(() -> {
            accounts.unlock(username);
            return null;
        });
        assertThat(accounts.signIn(username, Fixtures.PASSWORD).outcome()).isEqualTo(SignInResult.Outcome.SUCCESS);
    }

    @Test
    void signInsToOneAccountAtOnceAllSucceedAndWrongOnesAreAllCounted() throws Exception {
        String username = newSpecialist();
        // eight people at one counter's shared account at once: nobody waits out a lock or gets an error
        assertThat(atOnce(8, () -> accounts.signIn(username, Fixtures.PASSWORD).outcome()))
                .containsOnly(SignInResult.Outcome.SUCCESS).hasSize(8);
        // eight wrong guesses at once: each is counted, so the fifth locks and the rest are refused
        List<SignInResult.Outcome> guesses = atOnce(8, () -> accounts.signIn(username, "wrong guess").outcome());
        assertThat(guesses).doesNotContain(SignInResult.Outcome.SUCCESS).contains(SignInResult.Outcome.LOCKED);
        assertThat(guesses.stream().filter(o -> o == SignInResult.Outcome.INVALID)).hasSize(4);
        assertThat(accounts.signIn(username, Fixtures.PASSWORD).outcome()).isEqualTo(SignInResult.Outcome.LOCKED);
    }

    private static <T> List<T> atOnce(int n, java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<T> f : futures) {
                results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> actions(String target) throws Exception {
        return provinceAdmin.call(() -> audit.search(AuditFilter.ALL, PageRequest.first(100))).items().stream()
                .filter(e -> target.equals(e.targetId())).map(AuditEntryView::action).toList();
    }
}
