package vn.camau.egov.shared.application;

import java.io.Serializable;
import java.time.Instant;

/** What to look for in the audit trail; any part may be null. The period is [from, to). */
public record AuditFilter(String actor, String action, Instant from, Instant to) implements Serializable {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
