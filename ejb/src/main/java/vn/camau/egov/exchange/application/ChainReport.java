package vn.camau.egov.exchange.application;

import java.io.Serializable;
import java.time.Instant;

/** What a verification of the message log found: intact, or where the first break is and why. */
public record ChainReport(boolean intact, long checked, Long brokenAt, String why, Instant at) implements Serializable {
}
