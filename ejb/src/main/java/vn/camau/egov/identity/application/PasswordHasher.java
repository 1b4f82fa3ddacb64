package vn.camau.egov.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Salted PBKDF2 password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}: HMAC-SHA512,
 * 210,000 iterations, 32-byte salt (OWASP's 2023 figures for PBKDF2-HMAC-SHA512). The stored form
 * carries algorithm, iterations and salt, so raising the cost later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Compared against when the username is unknown, so an unknown user costs as much time as a known one. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time a real verification would, and fails. */
    public boolean matchesNothing(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), decoy);
        return false;
    }
}
