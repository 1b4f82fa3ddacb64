package vn.camau.egov.document.domain;

/** An outgoing document's way: drafted, sent for approval, approved, issued (numbered and sent), or recalled. */
public enum OutgoingStatus {
    DRAFT, SUBMITTED, APPROVED, ISSUED, RECALLED
}
