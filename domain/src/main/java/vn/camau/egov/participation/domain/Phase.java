package vn.camau.egov.participation.domain;

/** Where a consultation stands: not yet published, published but not open yet, open, closed. */
public enum Phase {
    DRAFT, UPCOMING, OPEN, CLOSED
}
