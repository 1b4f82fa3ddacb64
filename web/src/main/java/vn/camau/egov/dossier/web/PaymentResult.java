package vn.camau.egov.dossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.camau.egov.dossier.application.PaymentOutcome;
import vn.camau.egov.dossier.application.PaymentService;

import java.util.HashMap;
import java.util.Map;

/**
 * The page the payment provider sends the payer back to (account/payment.xhtml?vnp_...): shows
 * what happened. It changes nothing: only the provider's direct notice settles a payment.
 */
@Named
@RequestScoped
public class PaymentResult {

    @Inject
    private PaymentService payments;

    @Inject
    private FacesContext faces;

    private PaymentOutcome outcome;

    public PaymentOutcome getOutcome() {
        if (outcome == null) {
            Map<String, String> fields = new HashMap<>();
            faces.getExternalContext().getRequestParameterMap().forEach((name, value) -> {
                if (name.startsWith("vnp_")) {
                    fields.put(name, value);
                }
            });
            outcome = payments.outcome(fields);
        }
        return outcome;
    }

    /** What the provider said of the payment in the browser's copy: "00" is paid. */
    public boolean isProviderSaysPaid() {
        return "00".equals(faces.getExternalContext().getRequestParameterMap().get("vnp_ResponseCode"));
    }
}
