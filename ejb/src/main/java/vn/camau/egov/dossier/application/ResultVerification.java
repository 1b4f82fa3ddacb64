package vn.camau.egov.dossier.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A dossier's electronic result as the public verification page shows it. With the code alone:
 * which unit issued a result and when. With the key from the result's QR code, or with the very
 * file: what it is about (the procedure), the signature and the file's fingerprint. Never who
 * it was issued to.
 */
public record ResultVerification(String code, String unitName, Instant signedAt, String procedureName, String signer,
                                 String sha256) implements Serializable {

    /** Whether this is the full view (procedure, signature, fingerprint). */
    public boolean full() {
        return procedureName != null;
    }

    /** What a file someone holds turned out to be. */
    public enum FileCheck {
        /** The very file the unit issued, its signature intact. */
        GENUINE,
        /** Signed, but not the file issued for this dossier. */
        DIFFERENT,
        /** No intact signature: altered, or never signed. */
        NOT_SIGNED,
        /** The dossier has no electronic result. */
        NO_RESULT
    }

    /** A file check's verdict, with the full view when the file is the genuine result. */
    public record Checked(FileCheck verdict, ResultVerification details) implements Serializable {
    }
}
