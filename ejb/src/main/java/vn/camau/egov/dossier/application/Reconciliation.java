package vn.camau.egov.dossier.application;

import vn.camau.egov.shared.domain.Page;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A day's payments, to set beside the provider's statement for the same day: the attempts settled
 * that day (one page of them) and the day's totals.
 */
public record Reconciliation(LocalDate day, String unitCode, Page<PaymentView> payments, long paidCount,
                             long paidAmount, long failedCount) implements Serializable {
}
