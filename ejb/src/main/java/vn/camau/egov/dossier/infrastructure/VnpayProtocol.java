package vn.camau.egov.dossier.infrastructure;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The message signing of the VNPay payment gateway, version 2.1.0, which Vietnamese public
 * service portals use: the fields ({@code vnp_...}) in name order, each value URL-encoded, joined
 * as a query string, and signed with HMAC-SHA512 under the secret the merchant and the gateway
 * share. The same rule signs the payment request, the browser's return and the server-to-server
 * notice (IPN). Both the province's side and the sandbox gateway use this class.
 */
public final class VnpayProtocol {

    public static final String VERSION = "2.1.0";
    public static final String SECURE_HASH = "vnp_SecureHash";
    private static final String SECURE_HASH_TYPE = "vnp_SecureHashType";

    /** Answer codes of the IPN, as the gateway reads them. */
    public static final String CONFIRMED = "00";
    public static final String ORDER_NOT_FOUND = "01";
    public static final String ALREADY_CONFIRMED = "02";
    public static final String INVALID_AMOUNT = "04";
    public static final String INVALID_SIGNATURE = "97";
    public static final String UNKNOWN_ERROR = "99";

    /** Response codes of a payment: paid, or cancelled by the payer. */
    public static final String PAID = "00";
    public static final String CANCELLED = "24";

    private final byte[] secret;

    public VnpayProtocol(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("no payment secret configured (egov.payment.secret)");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The fields as a query string with their signature added. */
    public String signedQuery(Map<String, String> fields) {
        return query(fields) + "&" + SECURE_HASH + "=" + sign(fields);
    }

    public String sign(Map<String, String> fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret, "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(query(fields).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 is part of every Java runtime", e);
        }
    }

    /** Whether the fields carry a signature made with our secret over exactly these fields. */
    public boolean verify(Map<String, String> fields) {
        String given = fields.get(SECURE_HASH);
        if (given == null) {
            return false;
        }
        // constant time: an attacker learns nothing from how long a wrong signature takes
        return MessageDigest.isEqual(sign(fields).getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The signed text: non-empty fields but the signature's own, in name order, values URL-encoded. */
    static String query(Map<String, String> fields) {
        return new TreeMap<>(fields).entrySet().stream()
                .filter(e -> e.getKey().startsWith("vnp_") && !e.getKey().equals(SECURE_HASH)
                        && !e.getKey().equals(SECURE_HASH_TYPE) && e.getValue() != null && !e.getValue().isEmpty())
                // the gateway wants ASCII values (order information without diacritics); UTF-8
                // keeps any other character distinct instead of turning it into '?'
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
