package vn.camau.egov.shared.application;

import vn.camau.egov.shared.domain.AuditEntry;

import java.io.Serializable;
import java.time.Instant;

/** An audit entry as pages show it. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String targetType,
                             String targetId, String detail, String address) implements Serializable {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getTargetType(),
                e.getTargetId(), e.getDetail(), e.getAddress());
    }
}
