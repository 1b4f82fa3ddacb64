package vn.camau.egov.organization.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AgencyIdTest {

    @Test
    void readsLevelsFromRightToLeft() {
        assertThat(new AgencyId("000.00.00.H12").level()).isEqualTo(1);
        assertThat(new AgencyId("000.00.04.H12").level()).isEqualTo(2);
        assertThat(new AgencyId("000.05.04.H12").level()).isEqualTo(3);
        assertThat(new AgencyId("001.05.04.H12").level()).isEqualTo(4);
        assertThat(new AgencyId("000.00.04.G14").levelOne()).isEqualTo("G14");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "000.00.00", "000.00.00.h12", "00.00.00.H12", "000.00.00.H1", "000-00-00-H12",
            "000.00.00.H12 ", "000.00.00.12H"})
    void refusesWhatIsNotAnAgencyIdentifier(String value) {
        assertThat(AgencyId.isValid(value)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyId(value));
    }

    @Test
    void convertsToItsTextAndBack() {
        AgencyIdConverter converter = new AgencyIdConverter();
        AgencyId id = new AgencyId("000.00.13.H12");
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(id))).isEqualTo(id);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
