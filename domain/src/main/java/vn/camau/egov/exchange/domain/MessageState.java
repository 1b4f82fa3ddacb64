package vn.camau.egov.exchange.domain;

/**
 * Where a logged message stands. Outgoing: queued (waiting for the hub), delivered to the hub,
 * acknowledged by its receiver, or failed (rejected, or parked as a dead letter). Incoming:
 * accepted, a duplicate (already had it), or rejected as malformed.
 */
public enum MessageState {
    QUEUED, DELIVERED, ACKNOWLEDGED, FAILED, ACCEPTED, DUPLICATE, REJECTED
}
