package vn.camau.egov.document.domain;

/** How an incoming document came: over the national document axis, from another unit of the province, or on paper. */
public enum IncomingSource {
    AXIS, INTERNAL, PAPER
}
