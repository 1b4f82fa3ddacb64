package vn.camau.egov.identity.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEveryHash() {
        String hash = hasher.hash("mật khẩu của tôi");
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("mật khẩu");
        assertThat(hasher.matches("mật khẩu của tôi", hash)).isTrue();
        assertThat(hasher.matches("mat khau cua toi", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
        assertThat(hasher.hash("mật khẩu của tôi")).isNotEqualTo(hash);
    }

    @Test
    void readsTheIterationsFromTheStoredHashSoOldHashesStayValid() {
        // a hash made with fewer iterations (as an older release might have) still verifies
        String older = "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0c2FsdA==:"
                + java.util.Base64.getEncoder().encodeToString(derive("PBKDF2WithHmacSHA256", "cũ", "saltsaltsaltsalt", 1000));
        assertThat(hasher.matches("cũ", older)).isTrue();
        assertThat(hasher.matches("mới", older)).isFalse();
    }

    @Test
    void refusesMalformedHashes() {
        assertThat(hasher.matches("x", "plaintext")).isFalse();
        assertThat(hasher.matches("x", "MD5:1:abc:def")).isFalse();
        assertThat(hasher.matches("x", "PBKDF2WithHmacSHA512:notanumber:abc:def")).isFalse();
        assertThat(hasher.matchesNothing("anything")).isFalse();
    }

    private static byte[] derive(String algorithm, String password, String salt, int iterations) {
        try {
            var spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(),
                    salt.getBytes(java.nio.charset.StandardCharsets.UTF_8), iterations, 256);
            return javax.crypto.SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
