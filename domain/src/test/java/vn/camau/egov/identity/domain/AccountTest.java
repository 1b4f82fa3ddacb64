package vn.camau.egov.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private final LockoutPolicy policy = new LockoutPolicy(3, Duration.ofMinutes(15));

    private Account account() {
        return new Account("tiepnhan", "hash", Set.of(Role.RECEPTION), T0);
    }

    @Test
    void locksAfterTheLastAllowedFailureAndUnlocksWhenTheLockExpires() {
        Account account = account();
        assertThat(account.recordFailedSignIn(T0, policy)).isFalse();
        assertThat(account.recordFailedSignIn(T0.plusSeconds(1), policy)).isFalse();
        assertThat(account.isLocked(T0.plusSeconds(2))).isFalse();

        assertThat(account.recordFailedSignIn(T0.plusSeconds(2), policy)).isTrue();
        assertThat(account.isLocked(T0.plusSeconds(3))).isTrue();
        assertThat(account.isLocked(T0.plusSeconds(2).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void anExpiredLockStartsAFreshCount() {
        Account account = account();
        for (int i = 0; i < 3; i++) {
            account.recordFailedSignIn(T0, policy);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertThat(account.recordFailedSignIn(later, policy)).isFalse();
        assertThat(account.getFailedAttempts()).isEqualTo(1);
        assertThat(account.isLocked(later)).isFalse();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        Account account = account();
        account.recordFailedSignIn(T0, policy);
        account.recordFailedSignIn(T0, policy);
        account.recordSignIn(T0.plusSeconds(5));
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLastSignInAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(account.recordFailedSignIn(T0.plusSeconds(6), policy)).isFalse();
    }

    @Test
    void unlockLiftsTheLock() {
        Account account = account();
        for (int i = 0; i < 3; i++) {
            account.recordFailedSignIn(T0, policy);
        }
        account.unlock();
        assertThat(account.isLocked(T0)).isFalse();
    }

    @Test
    void refusesBadUsernamesAndAccountsWithoutRoles() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Account("Admin", "h", Set.of(Role.CITIZEN), T0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Account("a b", "h", Set.of(Role.CITIZEN), T0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Account("ab", "h", Set.of(Role.CITIZEN), T0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Account("tiepnhan", "h", Set.of(), T0));
        assertThat(Account.isValidUsername("096088000001")).isTrue();
    }

    @Test
    void roleNamesAreTheContainerNames() {
        assertThat(Role.byName("unit-admin")).contains(Role.UNIT_ADMIN);
        assertThat(Role.byName("nobody")).isEmpty();
        assertThat(Role.CITIZEN.isOfficialRole()).isFalse();
        assertThat(Role.DIC_MONITOR.roleName()).isEqualTo(Roles.DIC_MONITOR);
    }
}
