package vn.camau.egov.dossier.domain;

/** Where a dossier stands. The names in brackets are OpenCPS's, which the national portal sync uses. */
public enum DossierStatus {
    /** Submitted online, waiting for the one-stop shop to check it (new). */
    NEW("new"),
    /** Accepted; going through the internal process; the clock runs (processing). */
    PROCESSING("processing"),
    /** Waiting for the applicant to supplement it; the clock is stopped (waiting). */
    WAITING_SUPPLEMENT("waiting"),
    /** Refused at reception (denied). */
    DENIED("denied"),
    /** The result is ready to be returned (releasing). */
    RELEASING("releasing"),
    /** The result was returned (done). */
    DONE("done"),
    /** Withdrawn by the applicant (cancelled). */
    CANCELLED("cancelled");

    private final String portalName;

    DossierStatus(String portalName) {
        this.portalName = portalName;
    }

    public String portalName() {
        return portalName;
    }

    public boolean isFinal() {
        return this == DENIED || this == DONE || this == CANCELLED;
    }
}
