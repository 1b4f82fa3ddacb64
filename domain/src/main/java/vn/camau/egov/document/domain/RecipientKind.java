package vn.camau.egov.document.domain;

/** A recipient inside the province's system (delivered directly) or another agency (over the document axis). */
public enum RecipientKind {
    INTERNAL, EXTERNAL
}
