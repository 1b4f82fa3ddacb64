package vn.camau.egov.shared.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days of state agencies: Monday to Friday, less the public holidays entered per year
 * (Tết and the others). Deadlines of administrative procedures count only these days.
 */
public final class WorkingCalendar {

    /** How far a deadline may reach; a guard against a loop over an absurd number of days. */
    private static final int MAX_DAYS = 3660;

    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The working day {@code days} working days after {@code from}, not counting {@code from}
     * itself: a dossier received on Monday with a time of 3 days is due on Thursday. Zero days: the
     * same day if it is a working day, else the next one.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 0 to " + MAX_DAYS + ": " + days);
        }
        LocalDate date = from;
        if (days == 0) {
            while (!isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS * 2L) {
            throw new IllegalArgumentException("period too long");
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
