package vn.camau.egov.exchange.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message parked on the dead-letter queue: by the application (a rejected message, with its
 * reason) or by the broker (every delivery attempt failed).
 */
public record DeadLetter(String id, String origin, String kind, String messageId, String from, String reason,
                         int deliveries, Instant parkedAt, long size) implements Serializable {

    /** Whether it can go back to where it came from (an application queue), or only be discarded. */
    public boolean replayable() {
        return "egov.exchange.inbound".equals(origin) || "egov.mail".equals(origin);
    }
}
