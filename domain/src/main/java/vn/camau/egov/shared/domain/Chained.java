package vn.camau.egov.shared.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An entry of a hash chain (the exchange's message log, the audit trail): numbered without gaps,
 * each holding the hash of the one before it and its own hash over its content and that link, so
 * that a changed, removed or inserted entry shows when the chain is walked ({@link ChainCheck}).
 */
public interface Chained {

    /** The hash the first entry links to. */
    String GENESIS = "0".repeat(64);

    Long getSequence();

    String getPreviousHash();

    String getChainHash();

    /** Whether the entry's content still gives its own hash. */
    boolean isIntact();

    /** The SHA-256 of the bytes, in lower-case hex: the chains' one hash. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
