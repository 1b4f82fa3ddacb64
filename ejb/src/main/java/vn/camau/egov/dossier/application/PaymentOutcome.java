package vn.camau.egov.dossier.application;

import java.io.Serializable;

/**
 * What the payer's browser brought back from the provider, as the outcome page shows it.
 *
 * @param genuine whether the provider signed it and it is one of the payer's own payments
 * @param paid    whether the payment is settled as paid (by the provider's direct notice)
 */
public record PaymentOutcome(String dossierCode, String reference, boolean genuine, boolean paid) implements Serializable {
}
