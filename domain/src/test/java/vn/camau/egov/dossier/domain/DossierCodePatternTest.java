package vn.camau.egov.dossier.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DossierCodePatternTest {

    private final LocalDate day = LocalDate.of(2026, 11, 25);

    @Test
    void theDefaultCountsPerUnitAndDay() {
        DossierCodePattern pattern = new DossierCodePattern(DossierCodePattern.DEFAULT);
        assertThat(pattern.format("000.00.03.H12", "STP", day, 7)).isEqualTo("000.00.03.H12-261125-0007");
        assertThat(pattern.format("000.00.03.H12", "STP", day, 12345)).isEqualTo("000.00.03.H12-261125-12345");
        assertThat(pattern.scope("000.00.03.H12", "STP", day)).isEqualTo("000.00.03.H12-261125-{seq}");
        assertThat(pattern.scope("000.00.03.H12", "STP", day.plusDays(1))).isNotEqualTo(pattern.scope("000.00.03.H12", "STP", day));
    }

    @Test
    void otherPatternsCountWithinWhatTheyName() {
        DossierCodePattern yearly = new DossierCodePattern("H12.{unit}/{yyyy}/{seq:6}");
        assertThat(yearly.format("000.00.03.H12", "STP", day, 42)).isEqualTo("H12.STP/2026/000042");
        assertThat(yearly.scope("x", "STP", day)).isEqualTo(yearly.scope("x", "STP", day.withDayOfYear(1)));
    }

    @Test
    void refusesPatternsWithoutOneSequenceOrWithOddCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DossierCodePattern("{agency}-{yy}"));
        assertThatIllegalArgumentException().isThrownBy(() -> new DossierCodePattern("{seq:4}-{seq:2}"));
        assertThatIllegalArgumentException().isThrownBy(() -> new DossierCodePattern("{agency} {seq:4}"));
        assertThatIllegalArgumentException().isThrownBy(() -> new DossierCodePattern("<script>{seq:4}"));
    }
}
