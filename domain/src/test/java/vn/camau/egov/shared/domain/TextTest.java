package vn.camau.egov.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void normalisesToPrecomposedForm() {
        assertThat(Text.clean(" Cà Ma\u0300u ")).isEqualTo("Cà Màu").hasSize(6);
        assertThat(Text.clean("   ")).isNull();
        assertThat(Text.clean(null)).isNull();
    }

    @Test
    void recognisesNamesEmailsAndPhones() {
        assertThat(Text.isPersonName("Đặng Thị Ngọc Hân")).isTrue();
        assertThat(Text.isPersonName("O'Neil-Trần")).isTrue();
        assertThat(Text.isPersonName("Robert'); DROP TABLE")).isFalse();
        assertThat(Text.isPersonName("<b>")).isFalse();
        assertThat(Text.isEmail("a@camau.gov.vn")).isTrue();
        assertThat(Text.isEmail("a@localhost")).isFalse();
        assertThat(Text.isEmail("a b@c.vn")).isFalse();
        assertThat(Text.isPhone("0912345678")).isTrue();
        assertThat(Text.isPhone("+84912345678")).isTrue();
        assertThat(Text.isPhone("912345678")).isFalse();
        assertThat(Text.normalisePhone(" 0912.345-678 ")).isEqualTo("0912345678");
    }

    @Test
    void findsControlCharactersButAllowsLineBreaks() {
        assertThat(Text.hasControlCharacters("dòng 1\ndòng 2\ttab")).isFalse();
        assertThat(Text.hasControlCharacters("a\u0000b")).isTrue();
        assertThat(Text.hasControlCharacters("a\u202Eb")).isTrue();
    }
}
