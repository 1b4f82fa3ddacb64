package vn.camau.egov.identity.application;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Salted PBKDF2 password hashes: HMAC-SHA512, 210,000 iterations, a 32-byte random salt, a 64-byte
 * key (OWASP's 2023 figures for PBKDF2-HMAC-SHA512). Stored as
 * {@code PBKDF2WithHmacSHA512:iterations:salt:hash} (Base64), the format of Jakarta Security's
 * Pbkdf2PasswordHash, so the cost can be raised later without invalidating old hashes. The JDK does
 * the work: the services do not depend on the web module having switched Jakarta Security on.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Compared against when the username is unknown, so an unknown user costs as much time as a known one. */
    private final String decoy = hash("decoy password, never anyone's");

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password, salt, ITERATIONS, KEY_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        String[] parts = storedHash.split(":");
        if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
            return false;
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] salt = base64.decode(parts[2]);
            byte[] expected = base64.decode(parts[3]);
            byte[] actual = derive(parts[0], password, salt, Integer.parseInt(parts[1]), expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time a real verification would, and fails. */
    public boolean matchesNothing(String password) {
        matches(password == null ? "" : password, decoy);
        return false;
    }

    private static byte[] derive(String algorithm, String password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available: " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }
}
