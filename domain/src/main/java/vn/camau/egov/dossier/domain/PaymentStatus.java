package vn.camau.egov.dossier.domain;

/** Where an online payment stands: sent to the provider, paid, or not paid (cancelled or failed there). */
public enum PaymentStatus {
    PENDING, PAID, FAILED;

    public boolean isSettled() {
        return this != PENDING;
    }
}
