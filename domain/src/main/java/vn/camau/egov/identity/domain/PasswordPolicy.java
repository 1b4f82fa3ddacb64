package vn.camau.egov.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS 4.0 V2.1): 12 to 128 characters, any characters
 * (spaces and Vietnamese letters included, no composition rules), not the username, not one of
 * the passwords attackers try first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890123", "12345678910", "123456123456", "111111111111",
            "000000000000", "abc123456789", "qwertyuiop12", "qwertyuiopas", "password1234",
            "password12345", "passw0rd1234", "matkhau12345", "matkhau123456", "123456789abc",
            "abcdefghijkl", "iloveyou1234", "admin1234567", "administrator", "welcome12345",
            "vietnam123456", "camau1234567", "camau123456789", "anhyeuem1234", "1q2w3e4r5t6y");

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }
}
