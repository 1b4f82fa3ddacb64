package vn.camau.egov.reporting.domain;

import org.junit.jupiter.api.Test;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitKind;
import vn.camau.egov.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report's way from draft to accepted, and the periods it belongs to. */
class PeriodicReportTest {

    private static final Instant NOW = Instant.parse("2026-10-05T03:00:00Z");
    private final Unit unit = new Unit("STP", "Sở Tư pháp", null, UnitKind.DEPARTMENT, new AgencyId("000.00.03.H12"), null, null);
    private final Actor specialist = new Actor("cv", "Chuyên viên", EnumSet.of(Role.SPECIALIST), "STP");
    private final Actor leader = new Actor("ld", "Lãnh đạo", EnumSet.of(Role.LEADER), "STP");
    private final Actor other = new Actor("ld2", "Lãnh đạo khác", EnumSet.of(Role.LEADER), "SXD");
    private final Actor dic = new Actor("stttt", "Sở TT&TT", EnumSet.of(Role.DIC_MONITOR), "STTTT");

    @Test
    void periodsHaveTheirDays() {
        ReportingPeriod q3 = ReportingPeriod.open(PeriodKind.QUARTER, 2026, 3, LocalDate.of(2026, 10, 10));
        assertThat(q3.getStartsOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.getEndsOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        ReportingPeriod h1 = ReportingPeriod.open(PeriodKind.HALF_YEAR, 2026, 1, LocalDate.of(2026, 6, 20));
        assertThat(h1.getEndsOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ReportingPeriod.open(PeriodKind.YEAR, 2024, 1, LocalDate.of(2024, 12, 15)).getEndsOn())
                .isEqualTo(LocalDate.of(2024, 12, 31));
        assertThatThrownBy(() -> ReportingPeriod.open(PeriodKind.QUARTER, 2026, 5, LocalDate.of(2026, 12, 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("number"));
        assertThatThrownBy(() -> ReportingPeriod.open(PeriodKind.QUARTER, 2026, 3, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void draftedSubmittedReturnedAndAccepted() {
        ReportingPeriod q3 = ReportingPeriod.open(PeriodKind.QUARTER, 2026, 3, LocalDate.of(2026, 10, 10));
        PeriodicReport r = PeriodicReport.draft(q3, unit, List.of(), new ReportFigures(10, 6, 8, 7, 1, 88.5), specialist, NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.DRAFT);
        r.write(specialist, "Thiếu nhân lực CNTT", "Bổ sung kinh phí", List.of());
        assertThatThrownBy(() -> r.submit(specialist, r.getFigures(), NOW)).isInstanceOf(ReportRefusedException.class);
        assertThatThrownBy(() -> r.submit(other, r.getFigures(), NOW)).isInstanceOf(ReportRefusedException.class);
        r.submit(leader, new ReportFigures(11, 7, 8, 7, 1, 90), NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(r.getFigures().getReceived()).isEqualTo(11);
        assertThat(r.isLate(LocalDate.of(2026, 10, 20))).isFalse();
        assertThatThrownBy(() -> r.write(specialist, "x", "y", List.of())).isInstanceOf(ReportRefusedException.class);

        assertThatThrownBy(() -> r.returnToUnit(dic, " ", NOW)).isInstanceOf(InvalidInputException.class);
        r.returnToUnit(dic, "Bổ sung số liệu thanh toán trực tuyến", NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.RETURNED);
        r.write(specialist, "Thiếu nhân lực CNTT", "Bổ sung kinh phí", List.of());
        // sent again after the due date: still as timely as its first sending
        r.submit(leader, r.getFigures(), Instant.parse("2026-10-15T03:00:00Z"));
        assertThat(r.getFirstSubmittedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(r.isLate(LocalDate.of(2026, 10, 20))).isFalse();
        r.accept(dic, NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThatThrownBy(() -> r.accept(dic, NOW)).isInstanceOf(ReportRefusedException.class);

        q3.consolidated("stttt", NOW);
        assertThatThrownBy(() -> q3.consolidated("stttt", NOW)).isInstanceOf(ReportRefusedException.class);
    }

    @Test
    void aReportNotSentByItsDueDateIsLate() {
        ReportingPeriod q3 = ReportingPeriod.open(PeriodKind.QUARTER, 2026, 3, LocalDate.of(2026, 10, 1));
        PeriodicReport r = PeriodicReport.draft(q3, unit, List.of(), new ReportFigures(0, 0, 0, 0, 0, 100), specialist, NOW);
        assertThat(r.isLate(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(r.isLate(LocalDate.of(2026, 10, 2))).isTrue();
        assertThat(r.isVisibleTo(dic)).isTrue();
        assertThat(r.isVisibleTo(other)).isFalse();
        assertThatThrownBy(() -> PeriodicReport.draft(q3, unit, List.of(), r.getFigures(), other, NOW))
                .isInstanceOf(ReportRefusedException.class);
        assertThatThrownBy(() -> r.write(specialist, "x".repeat(4001), null, List.of()))
                .isInstanceOf(InvalidInputException.class);
    }
}
