package vn.camau.egov.dossier.application;

/** The trays of an official's inbox. */
public enum InboxTray {
    /** Submitted online, waiting for reception (reception officers). */
    NEW,
    /** At a step the official's role does in their unit. */
    MY_STEP,
    /** In the unit's hands, due within two working days. */
    DUE_SOON,
    /** In the unit's hands, past the due date. */
    OVERDUE,
    /** Waiting for the applicant to supplement. */
    PAUSED,
    /** Result ready, waiting to be returned. */
    RELEASING
}
