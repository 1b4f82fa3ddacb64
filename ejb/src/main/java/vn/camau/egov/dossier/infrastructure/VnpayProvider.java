package vn.camau.egov.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.camau.egov.dossier.application.PaymentProvider;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.domain.VietnamTime;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A payment provider speaking VNPay's protocol (version 2.1.0): the real gateway, or the sandbox
 * this application includes, depending only on the configured address, merchant code and secret.
 */
@ApplicationScoped
public class VnpayProvider implements PaymentProvider {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Inject
    private Settings settings;

    @Override
    public String name() {
        return "vnpay";
    }

    @Override
    public boolean configured() {
        return !settings.paymentGatewayUrl().isEmpty() && !settings.paymentSecret().isEmpty();
    }

    @Override
    public URI paymentPage(Order order) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_Version", VnpayProtocol.VERSION);
        fields.put("vnp_Command", "pay");
        fields.put("vnp_TmnCode", settings.paymentMerchantCode());
        // in hundredths of a đồng, as the gateway counts
        fields.put("vnp_Amount", String.valueOf(Math.multiplyExact(order.amount(), 100L)));
        fields.put("vnp_CurrCode", "VND");
        fields.put("vnp_TxnRef", order.reference());
        fields.put("vnp_OrderInfo", order.description());
        fields.put("vnp_OrderType", "other");
        fields.put("vnp_Locale", "vn");
        fields.put("vnp_ReturnUrl", order.returnUrl());
        fields.put("vnp_IpAddr", order.payerAddress());
        fields.put("vnp_CreateDate", TIME.format(order.at().atZone(VietnamTime.ZONE)));
        fields.put("vnp_ExpireDate", TIME.format(order.at().plusSeconds(15 * 60).atZone(VietnamTime.ZONE)));
        return URI.create(settings.paymentGatewayUrl() + "?" + protocol().signedQuery(fields));
    }

    @Override
    public Notice read(Map<String, String> fields) {
        if (!protocol().verify(fields)) {
            throw new ForgedNoticeException("wrong or missing signature");
        }
        if (!settings.paymentMerchantCode().equals(fields.get("vnp_TmnCode"))) {
            throw new ForgedNoticeException("for another merchant: " + fields.get("vnp_TmnCode"));
        }
        try {
            long hundredths = Long.parseLong(fields.get("vnp_Amount"));
            String code = fields.get("vnp_ResponseCode");
            boolean paid = VnpayProtocol.PAID.equals(code) && VnpayProtocol.PAID.equals(fields.get("vnp_TransactionStatus"));
            // a fraction of a đồng can match no fee: it reads as an amount no order has
            long amount = hundredths % 100 == 0 ? hundredths / 100 : -1;
            return new Notice(fields.get("vnp_TxnRef"), amount, paid, code, fields.get("vnp_TransactionNo"),
                    fields.get("vnp_BankCode"));
        } catch (NumberFormatException e) {
            throw new ForgedNoticeException("unreadable amount");
        }
    }

    private VnpayProtocol protocol() {
        return new VnpayProtocol(settings.paymentSecret());
    }
}
