package vn.camau.egov.exchange.domain;

/** What a logged message carries. */
public enum MessageKind {
    /** An official document (edXML). */
    DOCUMENT,
    /** A status about a document (edXML status message). */
    STATUS,
    /** A dossier, or a dossier's status, to or from the National Public Service Portal. */
    PORTAL_DOSSIER,
    /** The procedure catalogue, published to the National Public Service Portal. */
    PORTAL_CATALOG,
    /** The receipt for a portal record: taken, or refused and why. */
    PORTAL_RECEIPT
}
