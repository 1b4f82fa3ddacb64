package vn.camau.egov.dossier.domain;

/** Everything that can happen to a dossier; each is one transaction and one line of its history. */
public enum DossierAction {
    SUBMIT, RECEIVE_AT_COUNTER, ACCEPT, REFUSE, REQUEST_SUPPLEMENT, SUPPLEMENT, ASSIGN, COMPLETE_STEP,
    ATTACH_RESULT, RETURN_RESULT, APOLOGIZE, PAY, CANCEL, RATE
}
