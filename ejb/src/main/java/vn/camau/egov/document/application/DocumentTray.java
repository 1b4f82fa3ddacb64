package vn.camau.egov.document.application;

/** The registry's work lists, each for the roles that act on it. */
public enum DocumentTray {
    /** Outgoing drafts the caller wrote (also those returned by the leader). */
    MY_DRAFTS(true),
    /** Outgoing documents waiting for a leader's approval. */
    TO_APPROVE(true),
    /** Approved documents waiting for the clerk's number. */
    TO_ISSUE(true),
    /** Incoming documents waiting for the clerk to register them. */
    ARRIVED(false),
    /** Registered documents waiting for a leader to assign them. */
    TO_ASSIGN(false),
    /** Documents assigned to the caller, not yet completed. */
    MINE(false),
    /** The unit's open documents past their deadline. */
    OVERDUE(false);

    private final boolean outgoing;

    DocumentTray(boolean outgoing) {
        this.outgoing = outgoing;
    }

    public boolean outgoing() {
        return outgoing;
    }
}
