package vn.camau.egov.exchange.domain;

import java.io.Serializable;
import java.time.Instant;

/** One hop of a message's way: the agency it passed and when. */
public record TraceHeader(String organId, Instant timestamp) implements Serializable {
}
