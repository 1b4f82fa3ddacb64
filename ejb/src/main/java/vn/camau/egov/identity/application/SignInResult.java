package vn.camau.egov.identity.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * How a sign-in attempt ended. Only {@link Outcome#SUCCESS} carries the roles; {@link Outcome#LOCKED}
 * says until when.
 */
public record SignInResult(Outcome outcome, String username, Set<String> roles, Instant lockedUntil)
        implements Serializable {

    public enum Outcome {
        SUCCESS,
        /** Unknown username or wrong password: the two are not told apart. */
        INVALID,
        LOCKED,
        DISABLED
    }

    public static SignInResult success(String username, Set<String> roles) {
        return new SignInResult(Outcome.SUCCESS, username, Set.copyOf(roles), null);
    }

    public static SignInResult failure(Outcome outcome, String username, Instant lockedUntil) {
        return new SignInResult(outcome, username, Set.of(), lockedUntil);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
