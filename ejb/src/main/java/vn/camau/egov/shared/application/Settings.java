package vn.camau.egov.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.camau.egov.identity.domain.LockoutPolicy;

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
