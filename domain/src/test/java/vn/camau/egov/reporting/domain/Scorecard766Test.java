package vn.camau.egov.reporting.domain;

import org.junit.jupiter.api.Test;
import vn.camau.egov.reporting.domain.Scorecard766.Group;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The Decision 766 groups and the on-time rate on cases computed by hand. */
class Scorecard766Test {

    private static final Map<Group, Double> MAX = new EnumMap<>(Map.of(Group.TRANSPARENCY, 18.0, Group.PROGRESS, 20.0,
            Group.DIGITISATION, 22.0, Group.ONLINE_SERVICE, 22.0, Group.SATISFACTION, 18.0));

    @Test
    void eachGroupIsItsRateOfItsMaximum() {
        // 8 of 10 procedures complete; 36 of 40 resolved in time; 30 results signed electronically;
        // 30 of 50 received online (60 %) and 4 of 10 fee-paying dossiers paid online (40 %);
        // 6 of the 40 resolved were late or rated unsatisfied
        Scorecard766 s = Scorecard766.of(new Scorecard766.Inputs(10, 8, 50, 30, 40, 36, 30, 10, 4, 6), MAX);
        assertThat(points(s, Group.TRANSPARENCY)).isCloseTo(14.4, within(1e-9));   // 18 × 0.8
        assertThat(points(s, Group.PROGRESS)).isCloseTo(18.0, within(1e-9));       // 20 × 0.9
        assertThat(points(s, Group.DIGITISATION)).isCloseTo(16.5, within(1e-9));   // 22 × 0.75
        assertThat(points(s, Group.ONLINE_SERVICE)).isCloseTo(11.0, within(1e-9)); // 22 × (0.6 + 0.4) / 2
        assertThat(points(s, Group.SATISFACTION)).isCloseTo(15.3, within(1e-9));   // 18 × 34 / 40
        assertThat(s.total()).isEqualTo(75.2);
        assertThat(s.grade()).isEqualTo(Scorecard766.Grade.GOOD);
    }

    @Test
    void nothingToMeasureScoresFullPointsAndSaysSo() {
        Scorecard766 s = Scorecard766.of(new Scorecard766.Inputs(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), MAX);
        assertThat(s.total()).isEqualTo(100.0);
        assertThat(s.grade()).isEqualTo(Scorecard766.Grade.EXCELLENT);
        assertThat(s.groups()).noneMatch(Scorecard766.GroupScore::measured);
    }

    @Test
    void withoutFeesTheOnlineGroupIsTheOnlineRateAlone() {
        Scorecard766 s = Scorecard766.of(new Scorecard766.Inputs(1, 1, 4, 1, 0, 0, 0, 0, 0, 0), MAX);
        assertThat(points(s, Group.ONLINE_SERVICE)).isCloseTo(5.5, within(1e-9)); // 22 × 1/4
    }

    @Test
    void bands() {
        Scorecard766 weak = Scorecard766.of(new Scorecard766.Inputs(10, 0, 10, 0, 10, 0, 0, 10, 0, 10), MAX);
        assertThat(weak.total()).isZero();
        assertThat(weak.grade()).isEqualTo(Scorecard766.Grade.WEAK);
        assertThatThrownBy(() -> Scorecard766.of(new Scorecard766.Inputs(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openCpsOnTimeRate() {
        assertThat(Rates.onTimePercent(9, 12)).isCloseTo(75.0, within(1e-9));
        assertThat(Rates.onTimePercent(0, 0)).isEqualTo(100.0);
        assertThat(Rates.onTimePercent(0, 3)).isZero();
    }

    @Test
    void osiRawIsTheWeightedMeanOfTheAnswers() {
        // yes (weight 1), no (weight 1), 60 % measured (weight 2): (1 + 0 + 1.2) / 4
        assertThat(OsiScore.raw(java.util.List.of(new OsiScore.Answer("C1", 1, 1), new OsiScore.Answer("P1", 1, 0),
                new OsiScore.Answer("S1", 2, 0.6)))).isCloseTo(0.55, within(1e-9));
        assertThatThrownBy(() -> new OsiScore.Answer("S1", 1, 1.2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double points(Scorecard766 s, Group g) {
        return s.groups().stream().filter(x -> x.group() == g).findFirst().orElseThrow().points();
    }
}
