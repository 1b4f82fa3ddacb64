package vn.camau.egov.reporting.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IndexMathTest {

    /** The survey's published components and EGDI (DOMAIN.md): the EGDI is their mean to ±0.00005. */
    @Test
    void thePublishedEgdiIsTheMeanOfThePublishedComponents() {
        assertThat(IndexMath.egdi(0.6529, 0.6694, 0.6779)).isCloseTo(0.6667, within(0.00005)); // Viet Nam 2020
        assertThat(IndexMath.egdi(0.7081, 0.8780, 0.7267)).isCloseTo(0.7709, within(0.00005)); // Viet Nam 2024
        assertThat(IndexMath.egdi(0.9831, 0.9881, 0.9362)).isCloseTo(0.9691, within(0.00005)); // Singapore 2024
        assertThatThrownBy(() -> IndexMath.egdi(1.2, 0.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Worked by hand: 10, 20, 40 → mean 23.33, sd 15.28, z −0.873, −0.218, 1.091 → 0, 1/3, 1. */
    @Test
    void normalisationIsZScoreThenMinMaxOverTheSetCompared() {
        Map<String, Double> raw = new LinkedHashMap<>();
        raw.put("Sở Tư pháp", 10.0);
        raw.put("Sở Xây dựng", 20.0);
        raw.put("TP Cà Mau", 40.0);
        Map<String, Double> n = IndexMath.normalise(raw);
        assertThat(n.get("Sở Tư pháp")).isCloseTo(0.0, within(1e-12));
        assertThat(n.get("Sở Xây dựng")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(n.get("TP Cà Mau")).isCloseTo(1.0, within(1e-12));
        // everyone equal: nobody ahead
        assertThat(IndexMath.normalise(Map.of("a", 5.0, "b", 5.0)).values()).containsOnly(0.0);
        assertThatThrownBy(() -> IndexMath.normalise(Map.of("a", 1.0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hciWeightsAreDataAndMayBeWrittenAsProportions() {
        List<Double> hci = List.of(95.0, 80.0, 12.0, 8.0);
        double asFractions = IndexMath.weightedMean(hci, List.of(1.0 / 9, 2.0 / 9, 1.0 / 3, 1.0 / 3));
        double asProportions = IndexMath.weightedMean(hci, List.of(1.0, 2.0, 3.0, 3.0));
        assertThat(asFractions).isCloseTo(asProportions, within(1e-12));
        // (95 + 160 + 36 + 24) / 9 = 35
        assertThat(asProportions).isCloseTo(35.0, within(1e-12));
    }

    @Test
    void eachTiiEditionAveragesItsOwnIndicatorsAndCapsFrom2020() {
        Map<TiiEdition.Indicator, Double> per100 = Map.of(
                TiiEdition.Indicator.INTERNET_USERS, 70.0,
                TiiEdition.Indicator.FIXED_TELEPHONE, 4.0,
                TiiEdition.Indicator.MOBILE_CELLULAR, 140.0,
                TiiEdition.Indicator.WIRELESS_BROADBAND, 70.0,
                TiiEdition.Indicator.FIXED_BROADBAND, 16.0,
                TiiEdition.Indicator.ACTIVE_MOBILE_BROADBAND, 80.0);
        assertThat(TiiEdition.E2016.raw(per100)).isCloseTo((70 + 4 + 140 + 70 + 16) / 5.0, within(1e-12));
        assertThat(TiiEdition.E2018.raw(per100)).isCloseTo((70 + 4 + 140 + 70 + 16 + 80) / 6.0, within(1e-12));
        // mobile cellular capped at 120 from 2020
        assertThat(TiiEdition.E2020.raw(per100)).isCloseTo((70 + 120 + 80 + 16) / 4.0, within(1e-12));
        assertThat(TiiEdition.forYear(2024)).isEqualTo(TiiEdition.E2022);
        assertThat(TiiEdition.forYear(2019)).isEqualTo(TiiEdition.E2018);
        assertThatThrownBy(() -> TiiEdition.E2020.raw(Map.of(TiiEdition.Indicator.INTERNET_USERS, 70.0)))
                .hasMessageContaining("MOBILE_CELLULAR");
    }
}
