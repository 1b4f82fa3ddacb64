package vn.camau.egov.identity.domain;

import java.time.Duration;

/**
 * After {@code maxFailures} wrong passwords in a row an account is locked for {@code lockDuration};
 * a successful sign-in resets the count. Slows password guessing without locking an account out
 * for good at anyone's whim.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockout needs at least one failure and a positive duration");
        }
    }
}
