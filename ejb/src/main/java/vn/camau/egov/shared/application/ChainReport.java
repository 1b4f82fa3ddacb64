package vn.camau.egov.shared.application;

import vn.camau.egov.shared.domain.ChainCheck;

import java.io.Serializable;
import java.time.Instant;

/** What a verification of a hash chain found: intact, or where the first break is and why. */
public record ChainReport(boolean intact, long checked, Long brokenAt, String why, Instant at) implements Serializable {

    public static ChainReport of(ChainCheck check, Instant at) {
        return new ChainReport(check.intact(), check.checked(), check.brokenAt(), check.why(), at);
    }
}
