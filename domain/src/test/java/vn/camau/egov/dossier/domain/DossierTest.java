package vn.camau.egov.dossier.domain;

import vn.camau.egov.identity.domain.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.camau.egov.catalog.domain.Fee;
import vn.camau.egov.catalog.domain.Field;
import vn.camau.egov.catalog.domain.OnlineClass;
import vn.camau.egov.catalog.domain.Procedure;
import vn.camau.egov.catalog.domain.ProcedureCode;
import vn.camau.egov.catalog.domain.ProcedureContent;
import vn.camau.egov.catalog.domain.ProcedureVersion;
import vn.camau.egov.catalog.domain.ProcessStep;
import vn.camau.egov.catalog.domain.RequiredDocument;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitKind;
import vn.camau.egov.shared.domain.FileKind;
import vn.camau.egov.shared.domain.StoredFile;
import vn.camau.egov.shared.domain.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dossier state machine, transition by transition, with the actors each step allows. */
class DossierTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 23 November 2026, 09:00 in Cà Mau. */
    private static final Instant MONDAY = LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(VN).toInstant();

    private final WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2026, 12, 1)));
    private final Unit stp = new Unit("STP", "Sở Tư pháp", null, UnitKind.DEPARTMENT, new AgencyId("000.00.03.H12"), "96", null);

    private final Actor citizen = Actor.citizen("096088000001", "Nguyễn Văn An");
    private final Actor stranger = Actor.citizen("096088000002", "Trần Thị Bích");
    private final Actor reception = official("tiepnhan.stp", Role.RECEPTION, "STP");
    private final Actor specialist = official("chuyenvien.stp", Role.SPECIALIST, "STP");
    private final Actor otherSpecialist = official("chuyenvien2.stp", Role.SPECIALIST, "STP");
    private final Actor leader = official("lanhdao.stp", Role.LEADER, "STP");
    private final Actor builder = official("chuyenvien.sxd", Role.SPECIALIST, "SXD");
    private final Actor foreignReception = official("tiepnhan.sxd", Role.RECEPTION, "SXD");

    private ProcedureVersion level3;
    private ProcedureVersion level4;

    private static Actor official(String username, Role role, String unit) {
        return new Actor(username, username, EnumSet.of(role), unit);
    }

    private ProcedureVersion procedure(ServiceLevel level, long fee) {
        ProcedureContent content = new ProcedureContent("Cấp Phiếu lý lịch tư pháp", "LLTP", level,
                OnlineClass.usualFor(level), 7, "Phiếu lý lịch tư pháp", null, true,
                fee == 0 ? List.of() : List.of(new Fee("Lệ phí", fee)),
                List.of(new RequiredDocument("Tờ khai", true, 1, null)), List.of(),
                List.of(new ProcessStep("Thẩm định hồ sơ", null, Role.SPECIALIST, 3),
                        new ProcessStep("Phê duyệt", null, Role.LEADER, 1),
                        new ProcessStep("Xác nhận của Sở Xây dựng", "SXD", Role.SPECIALIST, 2))).validated();
        Field field = new Field("LLTP", "Lý lịch tư pháp", null);
        Procedure p = new Procedure(new ProcedureCode("1.001234.000.00.00.H12"), stp, content, field);
        return p.revise(content, field, MONDAY, "test");
    }

    @BeforeEach
    void procedures() {
        level3 = procedure(ServiceLevel.LEVEL_3, 0);
        level4 = procedure(ServiceLevel.LEVEL_4, 200_000);
    }

    private Dossier submitted(ProcedureVersion version) {
        return Dossier.submitOnline("000.00.03.H12-261123-0001", version, stp,
                ApplicantDetails.of("Nguyễn Văn An", "096088000001", "an@example.vn", null, null),
                citizen, Map.of(), false, MONDAY);
    }

    private Dossier accepted(ProcedureVersion version) {
        Dossier d = submitted(version);
        d.accept(reception, MONDAY, calendar);
        return d;
    }

    private static Instant later(int days) {
        return MONDAY.plus(Duration.ofDays(days));
    }

    @Test
    void anOnlineSubmissionWaitsForReceptionWithoutAClock() {
        Dossier d = submitted(level3);
        assertThat(d.getStatus()).isEqualTo(DossierStatus.NEW);
        assertThat(d.getDueOn()).isNull();
        assertThat(d.getEvents()).extracting(DossierEvent::getAction).containsExactly(DossierAction.SUBMIT);
        assertThat(d.isOwnedBy("096088000001")).isTrue();
    }

    @Test
    void levelsOneAndTwoCannotBeSubmittedOnline() {
        assertThatThrownBy(() -> submitted(procedure(ServiceLevel.LEVEL_2, 0)))
                .isInstanceOf(DossierRefusedException.class).hasMessageContaining("dossier.refused.notOnline");
    }

    @Nested
    class Reception {

        @Test
        void acceptingStartsTheClockInWorkingDays() {
            Dossier d = accepted(level3);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.PROCESSING);
            assertThat(d.getReceivedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
            // 7 working days from Monday 23 November, with 1 December a holiday: Thursday 3 December
            assertThat(d.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 3));
            assertThat(d.getAppointmentOn()).isEqualTo(d.getDueOn());
            assertThat(d.currentStep().getName()).isEqualTo("Thẩm định hồ sơ");
            assertThat(d.getStepUnitCode()).isEqualTo("STP");
            assertThat(d.getStepRole()).isEqualTo(Role.SPECIALIST);
        }

        @Test
        void onlyReceptionOfTheImplementingUnitAccepts() {
            Dossier d = submitted(level3);
            assertThatThrownBy(() -> d.accept(specialist, MONDAY, calendar)).hasMessageContaining("dossier.refused.reception");
            assertThatThrownBy(() -> d.accept(foreignReception, MONDAY, calendar)).hasMessageContaining("dossier.refused.reception");
            assertThatThrownBy(() -> d.accept(citizen, MONDAY, calendar)).hasMessageContaining("dossier.refused.reception");
            assertThat(d.getStatus()).isEqualTo(DossierStatus.NEW);
        }

        @Test
        void aRefusalNeedsAReasonAndEndsTheDossier() {
            Dossier d = submitted(level3);
            assertThatThrownBy(() -> d.refuse(reception, "  ", MONDAY)).hasMessageContaining("dossier.refused.noteRequired.reason");
            d.refuse(reception, "Tờ khai không có chữ ký", MONDAY);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.DENIED);
            assertThat(d.getRefusalReason()).isEqualTo("Tờ khai không có chữ ký");
            assertThatThrownBy(() -> d.accept(reception, MONDAY, calendar)).hasMessageContaining("dossier.refused.state");
        }

        @Test
        void atTheCounterTheDossierIsAcceptedAtOnce() {
            Dossier d = Dossier.receiveAtCounter("C-1", level3, stp,
                    ApplicantDetails.of("Lê Văn Cường", "096077000009", null, "0912345678", "Phường 5"), null,
                    reception, Map.of(), true, MONDAY, calendar);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.PROCESSING);
            assertThat(d.getChannel()).isEqualTo(Channel.COUNTER);
            assertThat(d.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 3));
            assertThatThrownBy(() -> Dossier.receiveAtCounter("C-2", level3, stp, d.getApplicant(), null, specialist,
                    Map.of(), false, MONDAY, calendar)).hasMessageContaining("dossier.refused.reception");
        }
    }

    @Nested
    class Processing {

        @Test
        void eachStepIsDoneByItsRoleInItsUnitUntilTheResultIsReady() {
            Dossier d = accepted(level3);
            assertThatThrownBy(() -> d.completeStep(leader, null, later(1))).hasMessageContaining("dossier.refused.handler");
            d.completeStep(specialist, "Hồ sơ đầy đủ", later(1));
            assertThat(d.currentStep().getName()).isEqualTo("Phê duyệt");

            assertThatThrownBy(() -> d.completeStep(specialist, null, later(2))).hasMessageContaining("dossier.refused.handler");
            d.completeStep(leader, "Đồng ý", later(2));
            assertThat(d.getStepUnitCode()).as("transferred to another unit").isEqualTo("SXD");

            assertThatThrownBy(() -> d.completeStep(specialist, null, later(3))).hasMessageContaining("dossier.refused.handler");
            d.completeStep(builder, null, later(3));
            assertThat(d.getStatus()).isEqualTo(DossierStatus.RELEASING);
            assertThat(d.currentStep()).isNull();
        }

        @Test
        void anAssignedStepBelongsToTheAssigneeOnly() {
            Dossier d = accepted(level3);
            assertThatThrownBy(() -> d.assign(specialist, "chuyenvien2.stp", "X", MONDAY)).hasMessageContaining("dossier.refused.assign");
            d.assign(leader, "chuyenvien2.stp", "Chuyên viên 2", MONDAY);
            assertThat(d.isHandledBy(specialist)).isFalse();
            assertThat(d.isHandledBy(otherSpecialist)).isTrue();
            assertThatThrownBy(() -> d.completeStep(specialist, null, later(1))).hasMessageContaining("dossier.refused.handler");
            d.completeStep(otherSpecialist, null, later(1));
            assertThat(d.getAssignee()).as("the next step starts unassigned").isNull();
        }

        @Test
        void returningTheResultClassesTheDossierAgainstItsDueDate() {
            Dossier early = releasing(level3);
            early.returnResult(reception, later(4));
            assertThat(early.getStatus()).isEqualTo(DossierStatus.DONE);
            assertThat(early.getTimeliness()).isEqualTo(Timeliness.EARLY);

            Dossier onTime = releasing(level3);
            onTime.returnResult(reception, LocalDate.of(2026, 12, 3).atTime(16, 0).atZone(VN).toInstant());
            assertThat(onTime.getTimeliness()).isEqualTo(Timeliness.ON_TIME);

            Dossier late = releasing(level3);
            late.returnResult(reception, LocalDate.of(2026, 12, 4).atTime(8, 0).atZone(VN).toInstant());
            assertThat(late.getTimeliness()).isEqualTo(Timeliness.LATE);
        }

        @Test
        void onlyReceptionReturnsTheResult() {
            Dossier d = releasing(level3);
            assertThatThrownBy(() -> d.returnResult(leader, later(4))).hasMessageContaining("dossier.refused.reception");
        }

        @Test
        void anApologySetsALaterWorkingDayButTheDossierStillCountsLate() {
            Dossier d = accepted(level3);
            assertThatThrownBy(() -> d.apologize(leader, LocalDate.of(2026, 12, 2), "Chờ xác minh", later(8), calendar))
                    .hasMessageContaining("dossier.refused.appointment");
            assertThatThrownBy(() -> d.apologize(leader, LocalDate.of(2026, 12, 5), "Chờ xác minh", later(8), calendar))
                    .as("a Saturday").hasMessageContaining("dossier.refused.appointment");
            assertThatThrownBy(() -> d.apologize(specialist, LocalDate.of(2026, 12, 8), "Chờ", later(8), calendar))
                    .hasMessageContaining("dossier.refused.apology");
            d.apologize(leader, LocalDate.of(2026, 12, 8), "Chờ xác minh của cơ quan khác", later(8), calendar);
            assertThat(d.getAppointmentOn()).isEqualTo(LocalDate.of(2026, 12, 8));
            assertThat(d.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        }

        private Dossier releasing(ProcedureVersion version) {
            Dossier d = accepted(version);
            d.completeStep(specialist, null, later(1));
            d.completeStep(leader, null, later(1));
            d.completeStep(builder, null, later(2));
            return d;
        }
    }

    @Nested
    class Supplement {

        @Test
        void theClockStopsWhileTheApplicantSupplements() {
            Dossier d = accepted(level3);
            Instant wednesday = later(2);
            d.requestSupplement(specialist, "Bổ sung bản sao CCCD", wednesday);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.WAITING_SUPPLEMENT);
            assertThat(d.getSupplementRequest()).isEqualTo("Bổ sung bản sao CCCD");

            assertThatThrownBy(() -> d.supplement(stranger, null, later(7), calendar)).hasMessageContaining("dossier.refused.notOwner");
            // back on Monday 30 November: Thursday, Friday, Monday = 3 working days waited
            d.supplement(citizen, "Đã bổ sung", later(7), calendar);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.PROCESSING);
            assertThat(d.getPausedDays()).isEqualTo(3);
            assertThat(d.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 8));
            assertThat(d.currentStep().getName()).as("the same step goes on").isEqualTo("Thẩm định hồ sơ");
        }

        @Test
        void beforeAcceptanceThereIsNoClockToStop() {
            Dossier d = submitted(level3);
            assertThatThrownBy(() -> d.requestSupplement(specialist, "x", MONDAY)).hasMessageContaining("dossier.refused.reception");
            d.requestSupplement(reception, "Thiếu tờ khai", MONDAY);
            d.supplement(citizen, null, later(3), calendar);
            assertThat(d.getStatus()).isEqualTo(DossierStatus.NEW);
            assertThat(d.getDueOn()).isNull();
            assertThat(d.getPausedDays()).isZero();
        }

        @Test
        void theApplicantMayWithdrawWhileWaiting() {
            Dossier d = submitted(level3);
            d.requestSupplement(reception, "Thiếu tờ khai", MONDAY);
            assertThatThrownBy(() -> d.cancel(stranger, null, later(1))).hasMessageContaining("dossier.refused.notOwner");
            d.cancel(citizen, "Không còn nhu cầu", later(1));
            assertThat(d.getStatus()).isEqualTo(DossierStatus.CANCELLED);
            assertThatThrownBy(() -> accepted(level3).cancel(citizen, null, later(1))).hasMessageContaining("dossier.refused.state");
        }
    }

    @Nested
    class Level4 {

        @Test
        void theResultOfAnOnlineLevel4DossierIsReturnedOnlyWhenPaid() {
            Dossier d = accepted(level4);
            assertThat(d.mustPayOnline()).isTrue();
            assertThat(d.getFeeTotal()).isEqualTo(200_000);
            d.completeStep(specialist, null, later(1));
            d.completeStep(leader, null, later(1));
            d.completeStep(builder, null, later(1));
            assertThatThrownBy(() -> d.returnResult(reception, later(2))).hasMessageContaining("dossier.refused.unpaid");

            assertThatThrownBy(() -> d.recordPayment(100_000, citizen, "P-1", later(2))).hasMessageContaining("dossier.refused.amount");
            d.recordPayment(200_000, citizen, "P-1", later(2));
            assertThat(d.isPaid()).isTrue();
            assertThatThrownBy(() -> d.recordPayment(200_000, citizen, "P-2", later(2))).hasMessageContaining("dossier.refused.alreadyPaid");
            // paid, but the electronic result is not there yet
            assertThatThrownBy(() -> d.returnResult(reception, later(2))).hasMessageContaining("dossier.refused.noResult");
            d.attachResult(reception, new StoredFile("ket-qua.pdf", FileKind.PDF, "%PDF-1.7".getBytes(), MONDAY),
                    "CN=Sở Xây dựng", "KEY", later(2));
            d.returnResult(reception, later(2));
            assertThat(d.getStatus()).isEqualTo(DossierStatus.DONE);
        }

        @Test
        void theResultFileMayBeAttachedByTheUnitWhileProcessing() {
            Dossier d = accepted(level4);
            StoredFile pdf = new StoredFile("ket-qua.pdf", FileKind.PDF, "%PDF-1.7".getBytes(), MONDAY);
            assertThatThrownBy(() -> d.attachResult(foreignReception, pdf, "CN=X", "KEY", MONDAY)).hasMessageContaining("dossier.refused.unit");
            StoredFile image = new StoredFile("ket-qua.png", FileKind.PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, MONDAY);
            assertThatThrownBy(() -> d.attachResult(specialist, image, "CN=X", "KEY", MONDAY)).hasMessageContaining("dossier.refused.resultNotPdf");
            // while processing, only the current step's handler
            assertThatThrownBy(() -> d.attachResult(reception, pdf, "CN=X", "KEY", MONDAY)).hasMessageContaining("dossier.refused.handler");
            d.attachResult(specialist, pdf, "CN=Sở Xây dựng", "KEY", MONDAY);
            assertThat(d.getResult()).isSameAs(pdf);
            assertThat(d.getResultSigner()).isEqualTo("CN=Sở Xây dựng");
        }
    }

    @Test
    void theApplicantRatesOnceAfterTheResult() {
        Dossier d = accepted(level3);
        d.completeStep(specialist, null, later(1));
        d.completeStep(leader, null, later(1));
        d.completeStep(builder, null, later(1));
        assertThatThrownBy(() -> d.rate(citizen, SatisfactionRating.SATISFIED, null, later(2))).hasMessageContaining("dossier.refused.state");
        d.returnResult(reception, later(2));
        assertThatThrownBy(() -> d.rate(stranger, SatisfactionRating.SATISFIED, null, later(2))).hasMessageContaining("dossier.refused.notOwner");
        d.rate(citizen, SatisfactionRating.VERY_SATISFIED, "Nhanh, đúng hẹn", later(3));
        assertThat(d.getRating()).isEqualTo(SatisfactionRating.VERY_SATISFIED);
        assertThatThrownBy(() -> d.rate(citizen, SatisfactionRating.UNSATISFIED, null, later(3))).hasMessageContaining("dossier.refused.alreadyRated");
        assertThat(d.getEvents()).extracting(DossierEvent::getAction).containsExactly(DossierAction.SUBMIT,
                DossierAction.ACCEPT, DossierAction.COMPLETE_STEP, DossierAction.COMPLETE_STEP,
                DossierAction.COMPLETE_STEP, DossierAction.RETURN_RESULT, DossierAction.RATE);
    }

    @Test
    void eachActorIsOfferedWhatTheyMayDoNow() {
        Dossier d = submitted(level4);
        assertThat(d.allowedActions(reception)).containsExactlyInAnyOrder(DossierAction.ACCEPT, DossierAction.REFUSE,
                DossierAction.REQUEST_SUPPLEMENT);
        assertThat(d.allowedActions(citizen)).containsExactlyInAnyOrder(DossierAction.CANCEL, DossierAction.PAY);
        assertThat(d.allowedActions(stranger)).isEmpty();
        assertThat(d.allowedActions(foreignReception)).isEmpty();
        d.accept(reception, MONDAY, calendar);
        assertThat(d.allowedActions(specialist)).containsExactlyInAnyOrder(DossierAction.COMPLETE_STEP,
                DossierAction.REQUEST_SUPPLEMENT, DossierAction.ATTACH_RESULT);
        assertThat(d.allowedActions(leader)).containsExactlyInAnyOrder(DossierAction.ASSIGN, DossierAction.APOLOGIZE);
        assertThat(d.allowedActions(citizen)).containsExactly(DossierAction.PAY);
    }
}
