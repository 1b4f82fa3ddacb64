package vn.camau.egov.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.camau.egov.identity.domain.LockoutPolicy;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * The application's settings, read from system properties (set by the CLI scripts or on the
 * command line). Each is documented in the README, section "Configuration". Read on every call,
 * so a change made with the management CLI applies without a redeployment.
 */
@ApplicationScoped
public class Settings {

    /** Demo mode: loads the demo units, officials and citizens at the first start. */
    public boolean demo() {
        return Boolean.parseBoolean(System.getProperty("egov.demo", "false"));
    }

    /**
     * Whether the demo's sandbox peer answers what the province sends to the hub (true by default).
     * Off, it only puts its two agencies in the peer directory, so that an outside peer (the
     * performance harness) can play the other side of the hub without the sandbox taking its messages.
     */
    public boolean demoSandboxAnswers() {
        return Boolean.parseBoolean(System.getProperty("egov.demo.sandbox-answers", "true"));
    }

    /** The central hub's address, as exchange.cli gives it to the server (EGOV_HUB_HOST, EGOV_HUB_PORT). */
    public InetSocketAddress hubAddress() {
        return InetSocketAddress.createUnresolved(System.getProperty("egov.hub.host", "127.0.0.1").strip(),
                Integer.getInteger("egov.hub.port", 61716));
    }

    /**
     * The National Public Service Portal's agency identifier on the hub: the catalogue and dossier
     * statuses go to it once it is in the exchange directory, and dossiers from it are received.
     */
    public String nationalPortalAgencyId() {
        return System.getProperty("egov.portal.agency-id", "000.00.00.G22").strip();
    }

    /** What edXML's BussinessDocType numbers mean on this axis ("1=REVOKE,..."; empty: the defaults of BusinessDocTypes). */
    public String businessDocTypeMapping() {
        return System.getProperty("egov.edxml.business-doc-types", "");
    }

    /** Changes to the portal's status codes ("DONE=10,..."; empty: the defaults of PortalStatusMap). */
    public String portalStatusMapping() {
        return System.getProperty("egov.portal.status-map", "");
    }

    /** How many days before a periodic report is due its unit's leaders are reminded; 3 by default. */
    public int reportReminderDays() {
        return (int) longValue("egov.report.reminder-days", 3);
    }

    /** How many comments on consultations one account may leave in an hour; 10 by default. */
    public long commentsPerHourPerAccount() {
        return longValue("egov.participation.comments-per-hour", 10);
    }

    /** How many comments may come from one network address in an hour (a shared office counts once); 30 by default. */
    public long commentsPerHourPerAddress() {
        return longValue("egov.participation.comments-per-hour-per-address", 30);
    }

    /** Working days a unit has to answer feedback on a procedure or regulation; 10 by default. */
    public int feedbackAnswerDays() {
        return (int) longValue("egov.feedback.answer-days", 10);
    }

    /** How much feedback one account, and one network address, may send in an hour; 5 and 20 by default. */
    public long feedbackPerHourPerAccount() {
        return longValue("egov.feedback.per-hour", 5);
    }

    public long feedbackPerHourPerAddress() {
        return longValue("egov.feedback.per-hour-per-address", 20);
    }

    /** The address the public reaches the portal at, used in e-mails. */
    public String publicUrl() {
        String url = System.getProperty("egov.public-url", "http://localhost:8080/");
        return url.endsWith("/") ? url : url + "/";
    }

    /** The province's level-1 code in agency identifiers (Cà Mau's is unverified; H12 by default). */
    public String levelOneCode() {
        return System.getProperty("egov.province.level-one-code", "H12");
    }

    /**
     * How queued mail leaves: "smtp" (the mail session, the default) or "log" (written to the
     * server log instead; the demo uses it because it has no mail server).
     */
    public boolean mailToLog() {
        return "log".equalsIgnoreCase(System.getProperty("egov.mail.delivery", "smtp"));
    }

    /** The province's People's Committee, as the first unit of a new installation is named. */
    public String provinceName() {
        return System.getProperty("egov.province.name", "Ủy ban nhân dân tỉnh Cà Mau");
    }

    /** The largest file an applicant may upload (bytes); 10 MB by default. */
    public long maxFileBytes() {
        return longValue("egov.upload.max-file-bytes", 10L * 1024 * 1024);
    }

    /** The most all files of one dossier may weigh together (bytes); 30 MB by default. */
    public long maxDossierBytes() {
        return longValue("egov.upload.max-dossier-bytes", 30L * 1024 * 1024);
    }

    /** The dossier code pattern; see DossierCodePattern for its tokens. */
    public String dossierCodePattern() {
        return System.getProperty("egov.dossier.code-pattern", "{agency}-{yy}{MM}{dd}-{seq:4}");
    }

    /**
     * The PKCS#12 keystore that holds each unit's signing key, under the unit's code in lower case
     * (for example "stp"). Unset in demo mode: a self-signed key per unit is made in the server's
     * data folder.
     */
    public String signingKeystore() {
        return System.getProperty("egov.signing.keystore", "").strip();
    }

    /** The keystore's password; the CLI script reads it from the environment, never from a file in the repository. */
    public char[] signingKeystorePassword() {
        return System.getProperty("egov.signing.keystore-password", "").toCharArray();
    }

    /** The payment provider's payment page (VNPay 2.1.0 protocol); the sandbox's in demo mode. */
    public String paymentGatewayUrl() {
        return System.getProperty("egov.payment.gateway-url", demo() ? publicUrl() + "sandbox/payment" : "").strip();
    }

    /** The merchant code the provider gave the province (vnp_TmnCode). */
    public String paymentMerchantCode() {
        return System.getProperty("egov.payment.merchant-code", "CAMAUEGOV").strip();
    }

    /**
     * The secret the provider and the province share to sign their messages. In demo mode, when
     * none is set, one is drawn at random for the life of the server (the sandbox runs in it).
     */
    public String paymentSecret() {
        String secret = System.getProperty("egov.payment.secret", "").strip();
        return secret.isEmpty() && demo() ? DemoSecret.VALUE : secret;
    }

    /**
     * Whether the sandbox payment provider answers at /sandbox/payment. Only in demo mode and only
     * with the demo's own random secret: a sandbox holding a real provider's secret would sign
     * "paid" for anyone who asks.
     */
    public boolean paymentSandbox() {
        boolean wanted = Boolean.parseBoolean(System.getProperty("egov.payment.sandbox", "true"));
        return wanted && demo() && System.getProperty("egov.payment.secret", "").isBlank();
    }

    /** Where the sandbox sends its server-to-server notice; by default this server, over loopback. */
    public String paymentSandboxIpnUrl() {
        return System.getProperty("egov.payment.sandbox.ipn-url", "").strip();
    }

    /** Drawn once, when first asked for. */
    private static final class DemoSecret {
        static final String VALUE;

        static {
            byte[] bytes = new byte[32];
            new java.security.SecureRandom().nextBytes(bytes);
            VALUE = java.util.HexFormat.of().formatHex(bytes);
        }
    }

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(integer("egov.signin.max-failures", 5),
                Duration.ofMinutes(integer("egov.signin.lock-minutes", 15)));
    }

    private static long longValue(String name, long fallback) {
        try {
            return Long.parseLong(System.getProperty(name, String.valueOf(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int integer(String name, int fallback) {
        try {
            return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
