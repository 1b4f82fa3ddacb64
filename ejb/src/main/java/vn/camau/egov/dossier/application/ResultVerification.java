package vn.camau.egov.dossier.application;

import java.io.Serializable;
import java.time.Instant;

/** A dossier's electronic result as the public verification page shows it. */
public record ResultVerification(String code, String procedureName, String unitName, String signer, Instant signedAt,
                                 String sha256, boolean returned) implements Serializable {

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
}
