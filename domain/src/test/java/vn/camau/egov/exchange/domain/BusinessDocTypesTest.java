package vn.camau.egov.exchange.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessDocTypesTest {

    @Test
    void theDefaultsTheConfiguredOrderAndUnknownNumbers() {
        BusinessDocTypes defaults = BusinessDocTypes.of(null);
        assertThat(defaults.meaningOf(0)).isEqualTo(BusinessDocTypes.Meaning.NEW);
        assertThat(defaults.meaningOf(1)).isEqualTo(BusinessDocTypes.Meaning.REVOKE);
        assertThat(defaults.meaningOf(2)).isEqualTo(BusinessDocTypes.Meaning.UPDATE);
        assertThat(defaults.meaningOf(3)).isEqualTo(BusinessDocTypes.Meaning.REPLACE);
        assertThat(defaults.meaningOf(9)).isEqualTo(BusinessDocTypes.Meaning.NEW);

        BusinessDocTypes other = BusinessDocTypes.of("1=UPDATE, 2=REPLACE, 3=REVOKE");
        assertThat(other.meaningOf(3)).isEqualTo(BusinessDocTypes.Meaning.REVOKE);
        assertThatThrownBy(() -> BusinessDocTypes.of("0=UPDATE")).hasMessageContaining("0=UPDATE");
        assertThatThrownBy(() -> BusinessDocTypes.of("2=CHANGE")).hasMessageContaining("2=CHANGE");
    }
}
