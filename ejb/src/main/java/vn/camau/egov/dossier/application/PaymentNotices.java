package vn.camau.egov.dossier.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.dossier.domain.Dossier;
import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierRefusedException;
import vn.camau.egov.dossier.domain.Payment;
import vn.camau.egov.dossier.domain.PaymentStatus;
import vn.camau.egov.shared.application.AuditTrail;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

import static vn.camau.egov.dossier.infrastructure.VnpayProtocol.ALREADY_CONFIRMED;
import static vn.camau.egov.dossier.infrastructure.VnpayProtocol.CONFIRMED;
import static vn.camau.egov.dossier.infrastructure.VnpayProtocol.INVALID_AMOUNT;
import static vn.camau.egov.dossier.infrastructure.VnpayProtocol.INVALID_SIGNATURE;
import static vn.camau.egov.dossier.infrastructure.VnpayProtocol.ORDER_NOT_FOUND;

/**
 * The provider's direct notice (IPN), the only thing that settles a payment. Open to anyone on
 * the network, so trusted only when its signature is right, and only for the amount asked. A
 * repeated notice changes nothing and is answered "already confirmed", which stops the
 * provider's retries. Entries in the audit trail carry the provider as actor.
 */
@Stateless
@PermitAll
@RunAs("payment-provider")
@RunAsPrincipal("payment-provider")
public class PaymentNotices {

    private static final Logger LOG = Logger.getLogger(PaymentNotices.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PaymentProvider provider;

    @Inject
    private DossierChanges changes;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Settles the payment the notice is about; returns the provider's answer code. */
    public String receive(Map<String, String> fields) {
        PaymentProvider.Notice notice;
        try {
            notice = provider.read(fields);
        } catch (PaymentProvider.ForgedNoticeException e) {
            // logged, not audited: anyone on the network can send these, and must not fill the trail
            LOG.warning(() -> "Payment notice refused (" + e.getMessage() + ") for reference "
                    + clip(fields.get("vnp_TxnRef")));
            return INVALID_SIGNATURE;
        }
        // locked: a notice and its retry arriving together settle the payment once
        Payment payment = em.createNamedQuery("Payment.findByReference", Payment.class)
                .setParameter("reference", notice.reference()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (payment == null) {
            return ORDER_NOT_FOUND;
        }
        if (payment.getStatus().isSettled()) {
            if (notice.paid() && payment.getStatus() == PaymentStatus.FAILED) {
                // the provider took the money after all for an attempt settled as failed
                audit.record("PAYMENT_TO_REFUND", PaymentService.PAYMENT, payment.getReference(),
                        "paid after failing: " + notice.transaction());
            }
            return ALREADY_CONFIRMED;
        }
        if (notice.amount() != payment.getAmount()) {
            audit.record("PAYMENT_AMOUNT_REFUSED", PaymentService.PAYMENT, payment.getReference(),
                    notice.amount() + " instead of " + payment.getAmount());
            return INVALID_AMOUNT;
        }
        Instant now = Instant.now(clock);
        if (!notice.paid()) {
            payment.failed(notice.transaction(), notice.responseCode(), now);
            audit.record("PAYMENT_FAILED", PaymentService.PAYMENT, payment.getReference(), notice.responseCode());
            return CONFIRMED;
        }
        payment.paid(notice.amount(), notice.transaction(), notice.bankCode(), now);
        audit.record("PAYMENT_PAID", PaymentService.PAYMENT, payment.getReference(), notice.transaction());
        Dossier d = payment.getDossier();
        try {
            d.recordPayment(payment.getAmount(), Actor.citizen(payment.getPayerUsername(), d.getApplicant().getFullName()),
                    payment.getReference(), now);
        } catch (DossierRefusedException e) {
            // the money arrived, but the dossier was withdrawn or paid by another attempt meanwhile:
            // keep the payment, and leave the refund to the reconciliation
            audit.record("PAYMENT_TO_REFUND", PaymentService.PAYMENT, payment.getReference(), e.getMessage());
            return CONFIRMED;
        }
        changes.changed(d, DossierAction.PAY, now);
        return CONFIRMED;
    }

    private static String clip(String value) {
        return value == null || value.length() <= 80 ? value : value.substring(0, 80);
    }
}
