package vn.camau.egov.reporting.application;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.application.SubmissionForm;
import vn.camau.egov.dossier.domain.SatisfactionRating;
import vn.camau.egov.it.AsProvinceAdmin;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.it.DossierWorld;
import vn.camau.egov.it.DossierWorld.World;
import vn.camau.egov.reporting.domain.Scorecard766;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The statistics on a known set of dossiers: every count, the rates, the period's bounds and who may read them. */
@ExtendWith(ArquillianExtension.class)
class StatisticsServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private DossierService dossiers;

    @Inject
    private StatisticsService statistics;

    @Inject
    private DossierWorld worlds;

    @EJB
    private AsProvinceAdmin provinceAdmin;

    private long version(World w, String code) throws Exception {
        return w.asReception(() -> dossiers.view(code)).version();
    }

    @Test
    void aUnitsQuarterCountedFromItsDossiers() throws Exception {
        World w = worlds.create();
        String done = w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files()));
        String refused = w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files()));
        String withdrawn = w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files()));
        String paused = w.asCitizen(() -> dossiers.submitOnline(w.level3(), DossierWorld.form(), DossierWorld.files()));
        String counter = w.asReception(() -> dossiers.receiveAtCounter(w.level3(), new SubmissionForm("Lê Văn Tám",
                "096088111222", null, null, "Phường 5", Map.of("diaChi", "Phường 5"), false), DossierWorld.files()));

        w.asReception(() -> { dossiers.accept(done, version(w, done)); return null; });
        w.asSpecialist(() -> { dossiers.completeStep(done, version(w, done), null); return null; });
        w.asLeader(() -> { dossiers.completeStep(done, version(w, done), null); return null; });
        w.asReception(() -> { dossiers.returnResult(done, version(w, done)); return null; });
        w.asCitizen(() -> { dossiers.rate(done, SatisfactionRating.SATISFIED, null); return null; });
        w.asReception(() -> { dossiers.refuse(refused, version(w, refused), "Không thuộc thẩm quyền"); return null; });
        w.asCitizen(() -> { dossiers.cancel(withdrawn, w.asCitizen(() -> dossiers.view(withdrawn)).version(), "Nộp nhầm"); return null; });
        w.asReception(() -> { dossiers.accept(paused, version(w, paused)); return null; });
        w.asSpecialist(() -> { dossiers.requestSupplement(paused, version(w, paused), "Bổ sung bản sao"); return null; });

        LocalDate today = VietnamTime.dateOf(Instant.now());
        DossierStatistics s = provinceAdmin.call(() -> statistics.byUnit(today.minusDays(90), today)).stream()
                .filter(u -> u.key().equals(w.unit().code())).findFirst().orElseThrow();
        assertThat(s.receivedOnline()).isEqualTo(4);
        assertThat(s.receivedAtCounter()).isEqualTo(1);
        assertThat(s.receivedFromPortal()).isZero();
        assertThat(s.early() + s.onTime()).isEqualTo(1);
        assertThat(s.late()).isZero();
        assertThat(s.refused()).isEqualTo(1);
        assertThat(s.withdrawn()).isEqualTo(1);
        assertThat(s.inProgress()).isEqualTo(1);
        assertThat(s.pastDeadline()).isZero();
        assertThat(s.paused()).isEqualTo(1);
        assertThat(s.satisfied()).isEqualTo(1);
        assertThat(s.onlineRate()).isCloseTo(0.8, within(1e-9));
        assertThat(s.onTimeRate()).isEqualTo(1.0);
        assertThat(s.satisfactionRate()).isEqualTo(1.0);
        assertThat(counter).isNotBlank();

        // the unit's leader: the same figures per procedure and per field, and only for the leader's own unit
        List<DossierStatistics> perProcedure = w.asLeader(() -> statistics.table(today.minusDays(90), today, null,
                Breakdown.PROCEDURE));
        assertThat(perProcedure).extracting(DossierStatistics::key).containsExactly(w.level3());
        assertThat(perProcedure.get(0).received()).isEqualTo(5);
        assertThat(perProcedure.get(0).refused()).isEqualTo(1);
        List<DossierStatistics> perField = w.asLeader(() -> statistics.table(today.minusDays(90), today, "SOMEONE_ELSE",
                Breakdown.FIELD));
        assertThat(perField).extracting(DossierStatistics::key).containsExactly(w.field());
        assertThat(perField.get(0).received()).isEqualTo(5);
        assertThat(w.asLeader(() -> statistics.table(today.minusDays(90), today, null, Breakdown.UNIT)))
                .extracting(DossierStatistics::key).containsExactly(w.unit().code());

        // Decision 766 from the same live figures: both procedures complete (18), the one resolved on
        // time (20) and not dissatisfied (18), 4 of 5 received online and no fee (22 × 0.8)
        Map<String, Scorecard766> cards = w.asLeader(() -> statistics.scorecards(today.minusDays(90), today, null));
        assertThat(cards).containsOnlyKeys(w.unit().code());
        Scorecard766 card = cards.get(w.unit().code());
        assertThat(points(card, Scorecard766.Group.TRANSPARENCY)).isCloseTo(18, within(1e-9));
        assertThat(points(card, Scorecard766.Group.PROGRESS)).isCloseTo(20, within(1e-9));
        assertThat(points(card, Scorecard766.Group.SATISFACTION)).isCloseTo(18, within(1e-9));
        assertThat(points(card, Scorecard766.Group.ONLINE_SERVICE)).isCloseTo(17.6, within(1e-9));
        assertThat(points(card, Scorecard766.Group.DIGITISATION)).isCloseTo(22.0 * s.electronicResults(), within(1e-9));

        // a period that ended before any of it: nothing received, nothing resolved
        DossierStatistics before = provinceAdmin.call(() -> statistics.byUnit(today.minusDays(200), today.minusDays(100)))
                .stream().filter(u -> u.key().equals(w.unit().code())).findFirst().orElseThrow();
        assertThat(before.received()).isZero();
        assertThat(before.resolved()).isZero();
        assertThat(before.onTimeRate()).isEqualTo(1.0); // OpenCPS: 100 % when nothing was resolved
    }

    @Test
    void aPeriodIsBoundedAndOnlyTheDepartmentReadsTheInternalFigures() throws Exception {
        World w = worlds.create();
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> provinceAdmin.call(() -> statistics.byUnit(today.minusYears(2), today)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> w.asCitizen(() -> statistics.byUnit(today.minusDays(7), today)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(statistics.published(today.minusDays(7), today)).isNotEmpty();
    }

    private static double points(Scorecard766 card, Scorecard766.Group group) {
        return card.groups().stream().filter(g -> g.group() == group).findFirst().orElseThrow().points();
    }
}
