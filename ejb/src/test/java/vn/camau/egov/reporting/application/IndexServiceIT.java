package vn.camau.egov.reporting.application;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.it.AsUser;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.DossierWorld;
import vn.camau.egov.it.DossierWorld.World;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.VietnamTime;

import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The OSI self-assessment with live answers, the registry, the provincial ranking and what-if. */
@ExtendWith(ArquillianExtension.class)
class IndexServiceIT {

    /** The seeded questionnaire's weights: C1–C3, P1, P2, T1, I1 weigh 1; S1–S3 weigh 2. */
    private static final double TOTAL_WEIGHT = 13;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private IndexService indices;

    @Inject
    private DossierService dossiers;

    @Inject
    private Weights weights;

    @Inject
    private DossierWorld worlds;

    private static <T> T asDepartment(PrivilegedExceptionAction<T> work) throws Exception {
        return AsUser.call("it.stttt", Set.of(Roles.DIC_MONITOR), work);
    }

    private static int year() {
        return VietnamTime.dateOf(Instant.now()).getYear();
    }

    private static double score(OsiSheet sheet, String code) {
        return sheet.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow().score();
    }

    @Test
    void theSelfAssessmentMixesAnswersWithWhatThePlatformMeasures() throws Exception {
        World w = worlds.create();
        int year = year();
        w.asLeader(() -> { indices.answer(year, Map.of("C1", true, "P1", false)); return null; });
        OsiSheet sheet = w.asLeader(() -> indices.questionnaire(year, null));
        // its two procedures: one at level 3, one at level 4, both with complete pages; no dossier yet
        assertThat(score(sheet, "S1")).isEqualTo(1.0);
        assertThat(score(sheet, "S2")).isEqualTo(0.5);
        assertThat(score(sheet, "C2")).isEqualTo(1.0);
        assertThat(score(sheet, "S3")).isZero();
        assertThat(score(sheet, "C1")).isEqualTo(1.0);
        assertThat(score(sheet, "P1")).isZero();
        // C1 1 + C2 1 + C3 1 + S1 2 × 1 + S2 2 × 0.5 = 6 of 13
        assertThat(sheet.raw()).isCloseTo(6 / TOTAL_WEIGHT, within(1e-9));

        // a dossier submitted online: the online rate of the year becomes 100 %
        w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files()));
        assertThat(w.asLeader(() -> indices.questionnaire(year, null)).raw()).isCloseTo(8 / TOTAL_WEIGHT, within(1e-9));

        assertThatThrownBy(() -> w.asLeader(() -> { indices.answer(year, Map.of("S1", true)); return null; }))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("osi-S1"));
        assertThatThrownBy(() -> w.asSpecialist(() -> { indices.answer(year, Map.of("C1", true)); return null; }))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> w.asLeader(() -> indices.questionnaire(2010, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void whatIfShowsTheChangeBeforeAnythingChanges() throws Exception {
        World w = worlds.create();
        int year = year();
        WhatIf result = w.asLeader(() -> indices.whatIf(year, null, List.of(w.level3(), w.level4())));
        // only the level-3 procedure moves: S2 goes from 1 of 2 to 2 of 2 at level 4, weight 2
        assertThat(result.procedures()).containsExactly(w.level3());
        assertThat(result.unitRawAfter() - result.unitRawBefore()).isCloseTo(1 / TOTAL_WEIGHT, within(1e-9));
        int units = asDepartment(() -> indices.ranking(year)).size();
        assertThat((result.provinceAfter() - result.provinceBefore()) * units).isCloseTo(1 / TOTAL_WEIGHT, within(1e-9));
        assertThat(result.unitOsiAfter()).isGreaterThanOrEqualTo(result.unitOsiBefore());
        // nothing was changed
        assertThat(w.asLeader(() -> indices.questionnaire(year, null)).raw()).isCloseTo(result.unitRawBefore(), within(1e-12));
        assertThatThrownBy(() -> w.asLeader(() -> indices.whatIf(year, null, List.of("9.999999.000.00.00.H12"))))
                .isInstanceOf(InvalidInputException.class);

        List<OsiMove> moves = asDepartment(() -> indices.moves(year, 500));
        assertThat(moves).isSortedAccordingTo((a, b) -> Double.compare(b.provinceGain(), a.provinceGain()));
        assertThat(moves).filteredOn(m -> m.unitCode().equals(w.unit().code()) && m.questionCode() == null)
                .singleElement().satisfies(m -> assertThat(m.unitGain()).isCloseTo(1 / TOTAL_WEIGHT, within(1e-9)));
    }

    @Test
    void theRankingFollowsTheUnMethod() throws Exception {
        World a = worlds.create();
        World b = worlds.create();
        int year = year();
        // 2026 uses the 2022 edition's four indicators, capped at 120
        record(year, a, Map.of("INTERNET_USERS", 80.0, "MOBILE_CELLULAR", 130.0, "ACTIVE_MOBILE_BROADBAND", 70.0,
                "FIXED_BROADBAND", 20.0, "HCI_LITERACY", 95.0, "HCI_ENROLMENT", 80.0, "HCI_EXPECTED_YEARS", 12.0,
                "HCI_MEAN_YEARS", 9.0));
        record(year, b, Map.of("INTERNET_USERS", 60.0, "MOBILE_CELLULAR", 100.0, "ACTIVE_MOBILE_BROADBAND", 50.0,
                "FIXED_BROADBAND", 10.0, "HCI_LITERACY", 90.0, "HCI_ENROLMENT", 70.0, "HCI_EXPECTED_YEARS", 11.0,
                "HCI_MEAN_YEARS", 8.0));
        List<UnitIndex> ranking = asDepartment(() -> indices.ranking(year));
        UnitIndex ra = ranking.stream().filter(r -> r.unitCode().equals(a.unit().code())).findFirst().orElseThrow();
        UnitIndex rb = ranking.stream().filter(r -> r.unitCode().equals(b.unit().code())).findFirst().orElseThrow();
        assertThat(ra.tiiRaw()).isCloseTo((80 + 120 + 70 + 20) / 4.0, within(1e-9));
        // (0.95 × 1/9 + 0.80 × 2/9 + 12/18 × 1/3 + 9/15 × 1/3), weights as stored (six decimals)
        assertThat(ra.hciRaw()).isCloseTo(0.95 / 9 + 0.80 * 2 / 9 + (12 / 18.0) / 3 + (9 / 15.0) / 3, within(1e-5));
        assertThat(ra.tii()).isGreaterThan(rb.tii());
        assertThat(ra.hci()).isGreaterThan(rb.hci());
        assertThat(ra.egdi()).isCloseTo((ra.osi() + ra.tii() + ra.hci()) / 3, within(1e-12));
        // units that resolved nothing are not ranked on an on-time rate (OpenCPS's 100 would reward them)
        assertThat(ra.onTimeRate()).isNull();
        assertThat(ranking).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
        assertThat(ranking.get(0).rank()).isEqualTo(1);
        assertThat(ranking).allSatisfy(r -> assertThat(r.score()).isBetween(0.0, 1.0));

        assertThatThrownBy(() -> asDepartment(() -> { indices.record(year, a.unit().code(), "INTERNET_USERS", -1, null); return null; }))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asDepartment(() -> { indices.record(year, a.unit().code(), "NOT_AN_INDICATOR", 1, null); return null; }))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asDepartment(() -> { weights.set(Weights.RANKING, "NOT_A_CRITERION", 1); return null; }))
                .isInstanceOf(InvalidInputException.class);
        assertThat(weights.hci()).hasSize(4);
        assertThatThrownBy(() -> a.asLeader(() -> indices.ranking(year))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> a.asCitizen(() -> indices.registry(year))).isInstanceOf(EJBAccessException.class);
    }

    private void record(int year, World w, Map<String, Double> values) throws Exception {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            asDepartment(() -> { indices.record(year, w.unit().code(), e.getKey(), e.getValue(), "Cục Thống kê"); return null; });
        }
    }
}
