package vn.camau.egov.identity.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void acceptsLongPassphrasesInAnyScript() {
        assertThat(PasswordPolicy.check("đường về Năm Căn", "tiepnhan")).isEmpty();
        assertThat(PasswordPolicy.check("correct horse battery", null)).isEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        // 12 Vietnamese letters are 12 characters, though more than 12 UTF-16 units or UTF-8 bytes
        assertThat(PasswordPolicy.check("ắằẳẵặâấầẩẫậă", "x1y")).isEmpty();
        assertThat(PasswordPolicy.check("ắằẳẵặâấầẩẫậ", "x1y")).contains("password.tooShort");
    }

    @Test
    void refusesShortLongCommonAndUsernamePasswords() {
        assertThat(PasswordPolicy.check("short", "u")).contains("password.tooShort");
        assertThat(PasswordPolicy.check(null, "u")).contains("password.tooShort");
        assertThat(PasswordPolicy.check("x".repeat(129), "u")).contains("password.tooLong");
        assertThat(PasswordPolicy.check("Password1234", "u")).contains("password.tooCommon");
        assertThat(PasswordPolicy.check("my-TiepNhan-2026", "tiepnhan")).contains("password.containsUsername");
    }
}
