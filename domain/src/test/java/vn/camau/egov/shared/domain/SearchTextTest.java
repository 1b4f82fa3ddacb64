package vn.camau.egov.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void dropsDiacriticsAndCase() {
        assertThat(SearchText.normalize("Cấp giấy phép xây dựng")).isEqualTo("cap giay phep xay dung");
        assertThat(SearchText.normalize("ĐĂNG KÝ KHAI SINH")).isEqualTo("dang ky khai sinh");
        assertThat(SearchText.normalize("Cà Mau")).isEqualTo(SearchText.normalize("ca mau"));
        // the same text typed with combining marks
        assertThat(SearchText.normalize("Nguye\u0302\u0303n")).isEqualTo("nguyen");
    }

    @Test
    void splitsAQueryIntoBoundedWords() {
        assertThat(SearchText.words("  cấp   giấy phép, xây-dựng ")).containsExactly("cap", "giay", "phep", "xay", "dung");
        assertThat(SearchText.words("a b c d e f g h i j k")).hasSize(8);
        assertThat(SearchText.words("")).isEmpty();
        assertThat(SearchText.words("%' OR 1=1 --")).containsExactly("or", "1");
        assertThat(SearchText.normalize("1.001234.000.00.00.H12")).isEqualTo("1.001234.000.00.00.h12");
    }
}
