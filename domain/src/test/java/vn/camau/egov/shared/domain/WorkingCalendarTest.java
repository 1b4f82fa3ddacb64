package vn.camau.egov.shared.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingCalendarTest {

    /** Tết Bính Ngọ 2026 as a demo would enter it: Monday 16 to Friday 20 February. */
    private final WorkingCalendar calendar = new WorkingCalendar(Set.of(
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 9, 2)));

    @Test
    void countsOnlyWeekdaysThatAreNotHolidays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 25))).isTrue();   // Wednesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();  // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();  // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();    // National Day
    }

    @Test
    void addsWorkingDaysNotCountingTheStartDay() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertThat(calendar.addWorkingDays(monday, 3)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void tetDoesNotCount() {
        // received Friday 13 February 2026 with 5 working days: the Tết week does not count
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void zeroDaysMeansTheSameWorkingDayOrTheNextOne() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 25), 0)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 28), 0)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void countsWorkingDaysBetweenDatesInEitherOrder() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        LocalDate nextWednesday = LocalDate.of(2026, 12, 2);
        assertThat(calendar.workingDaysBetween(friday, nextWednesday)).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(nextWednesday, friday)).isEqualTo(-3);
        assertThat(calendar.workingDaysBetween(friday, friday)).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23))).isEqualTo(1);
    }

    @Test
    void refusesAbsurdSpans() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.now(), -1));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.now(), 100_000));
    }
}
