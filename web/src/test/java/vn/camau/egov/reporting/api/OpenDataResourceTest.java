package vn.camau.egov.reporting.api;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV fields and the quarter read from the address. */
class OpenDataResourceTest {

    @Test
    void csvFieldsAreQuotedAndNeverAFormula() {
        assertThat(OpenDataResource.cell("Sở Tư pháp")).isEqualTo("Sở Tư pháp");
        assertThat(OpenDataResource.cell("Sở Văn hóa, Thể thao và Du lịch")).isEqualTo("\"Sở Văn hóa, Thể thao và Du lịch\"");
        assertThat(OpenDataResource.cell("Ban \"A\"")).isEqualTo("\"Ban \"\"A\"\"\"");
        assertThat(OpenDataResource.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(OpenDataResource.cell("-1")).isEqualTo("'-1");
        assertThat(OpenDataResource.cell("\t=1+1")).isEqualTo("'\t=1+1");
    }

    @Test
    void theQuarterIsReadOrRefused() {
        OpenDataResource.Quarter q = OpenDataResource.Quarter.of("2025", "3");
        assertThat(q.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(OpenDataResource.Quarter.of(null, null)).isNotNull();
        assertThat(OpenDataResource.Quarter.of("2025", "5")).isNull();
        assertThat(OpenDataResource.Quarter.of("abc", "1")).isNull();
        assertThat(OpenDataResource.Quarter.of("2014", "1")).isNull();
    }
}
