package vn.camau.egov.dossier.domain;

/** How a dossier came in: online, at the one-stop counter, or from the National Public Service Portal. */
public enum Channel {
    ONLINE, COUNTER, NATIONAL_PORTAL
}
