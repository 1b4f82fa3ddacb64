package vn.camau.egov.dossier.application;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * The port to an online payment provider. A payment starts by sending the payer's browser to the
 * provider's page; the provider answers twice, with the same signed fields: to the province's
 * server directly (the notice that settles the payment) and through the payer's browser (which
 * only shows the outcome).
 */
public interface PaymentProvider {

    /** The provider's name, kept on each payment. */
    String name();

    /** Whether the province has configured this provider; without it no payment starts. */
    boolean configured();

    /** The provider's page that takes the payer through the payment of this order. */
    URI paymentPage(Order order);

    /**
     * Reads an answer of the provider.
     *
     * @throws ForgedNoticeException when the signature is missing or wrong, or a field is unreadable
     */
    Notice read(Map<String, String> fields);

    /** What the provider is asked to collect. */
    record Order(String reference, long amount, String description, String returnUrl, String payerAddress, Instant at) {
    }

    /** What the provider says happened to an order. */
    record Notice(String reference, long amount, boolean paid, String responseCode, String transaction, String bankCode) {
    }

    /** An answer that was not signed by the provider, or not readable. */
    class ForgedNoticeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ForgedNoticeException(String message) {
            super(message);
        }
    }
}
