package vn.camau.egov.shared.application;

import vn.camau.egov.shared.domain.ChainCheck;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** What a verification of a hash chain found: intact, or where the first break is and why. */
public record ChainReport(boolean intact, long checked, Long brokenAt, String why, Instant at) implements Serializable {

    /**
     * How long an entry may wait for its seal (the chains are sealed every few seconds after the
     * commit); an entry older than this and still not sealed means the sealing has stopped.
     */
    public static final Duration SEALED_WITHIN = Duration.ofMinutes(10);

    public static ChainReport of(ChainCheck check, Instant at) {
        return new ChainReport(check.intact(), check.checked(), check.brokenAt(), check.why(), at);
    }

    /** This report, or a broken one when entries older than {@link #SEALED_WITHIN} are still not sealed. */
    public ChainReport withUnsealed(long olderUnsealed) {
        if (!intact || olderUnsealed == 0) {
            return this;
        }
        return new ChainReport(false, checked, null, olderUnsealed + " entries older than "
                + SEALED_WITHIN.toMinutes() + " minutes are not sealed: the sealing has stopped", at);
    }
}
