package vn.camau.egov.dossier.application;

import vn.camau.egov.dossier.domain.PaymentStatus;

import java.io.Serializable;
import java.time.Instant;

/** One payment attempt as the reconciliation lists it. */
public record PaymentView(String reference, String dossierCode, String unitCode, long amount, PaymentStatus status,
                          String providerTransaction, String bankCode, String failureCode, Instant createdAt,
                          Instant settledAt) implements Serializable {
}
