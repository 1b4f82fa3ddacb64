package vn.camau.egov.reporting.domain;

import java.time.LocalDate;

/** The plan's reporting rhythm: every 3 months, every 6 months and at year-end. */
public enum PeriodKind {
    /** Báo cáo quý. */
    QUARTER(3),
    /** Báo cáo 6 tháng. */
    HALF_YEAR(6),
    /** Báo cáo năm. */
    YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** How many periods of this kind a year has. */
    public int perYear() {
        return 12 / months;
    }

    public LocalDate firstDay(int year, int number) {
        return LocalDate.of(year, (number - 1) * months + 1, 1);
    }

    public LocalDate lastDay(int year, int number) {
        return firstDay(year, number).plusMonths(months).minusDays(1);
    }

    /** The period of this kind that holds the day, as its number in the year. */
    public int numberOf(LocalDate day) {
        return (day.getMonthValue() - 1) / months + 1;
    }
}
