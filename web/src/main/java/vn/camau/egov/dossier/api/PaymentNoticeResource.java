package vn.camau.egov.dossier.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import vn.camau.egov.dossier.application.PaymentNotices;
import vn.camau.egov.dossier.infrastructure.VnpayProtocol;
import vn.camau.egov.shared.api.JsonOut;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payment provider's server-to-server notice (IPN, {@code GET /api/payments/ipn?vnp_...}),
 * answered as VNPay expects: {@code {"RspCode":"00","Message":"Confirm Success"}} and the other
 * codes. Any answer but 00 or 02 makes the provider retry later, so an unexpected failure here
 * answers 99 and the notice comes again.
 */
@Path("/payments")
public class PaymentNoticeResource {

    private static final Logger LOG = Logger.getLogger(PaymentNoticeResource.class.getName());

    private static final Map<String, String> MESSAGES = Map.of(
            VnpayProtocol.CONFIRMED, "Confirm Success",
            VnpayProtocol.ORDER_NOT_FOUND, "Order not found",
            VnpayProtocol.ALREADY_CONFIRMED, "Order already confirmed",
            VnpayProtocol.INVALID_AMOUNT, "Invalid amount",
            VnpayProtocol.INVALID_SIGNATURE, "Invalid signature",
            VnpayProtocol.UNKNOWN_ERROR, "Unknown error");

    @Inject
    private PaymentNotices notices;

    @GET
    @Path("/ipn")
    @Produces(MediaType.APPLICATION_JSON)
    public String notice(@Context UriInfo uri) {
        Map<String, String> fields = new HashMap<>();
        // a field given twice is ambiguous: the notice then fails its signature check
        uri.getQueryParameters().forEach((name, values) -> fields.put(name, values.size() == 1 ? values.get(0) : ""));
        String code;
        try {
            code = notices.receive(fields);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Payment notice for " + fields.get("vnp_TxnRef") + " failed; the provider will retry", e);
            code = VnpayProtocol.UNKNOWN_ERROR;
        }
        return JsonOut.object().add("RspCode", code).add("Message", MESSAGES.get(code)).build().toString();
    }
}
