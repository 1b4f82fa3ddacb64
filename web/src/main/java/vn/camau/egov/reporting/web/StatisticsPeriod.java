package vn.camau.egov.reporting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The period a statistics page or export asks for, from its address: a month, a quarter, a half
 * year, a year, or a range of days (period=month|quarter|half|year|range, year=, number=, from=,
 * to=). Anything missing or unreadable falls back to the current quarter.
 */
public record StatisticsPeriod(String kind, int year, int number, LocalDate from, LocalDate to) {

    public static StatisticsPeriod of(Map<String, String> p, LocalDate today) {
        String kind = p.getOrDefault("period", "quarter");
        int year = number(p.get("year"), today.getYear(), 2000, today.getYear() + 1);
        return switch (kind) {
            case "month" -> {
                int n = number(p.get("number"), today.getMonthValue(), 1, 12);
                LocalDate from = LocalDate.of(year, n, 1);
                yield new StatisticsPeriod(kind, year, n, from, from.plusMonths(1).minusDays(1));
            }
            case "half" -> {
                int n = number(p.get("number"), today.getMonthValue() <= 6 ? 1 : 2, 1, 2);
                LocalDate from = LocalDate.of(year, n == 1 ? 1 : 7, 1);
                yield new StatisticsPeriod(kind, year, n, from, from.plusMonths(6).minusDays(1));
            }
            case "year" -> new StatisticsPeriod(kind, year, 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            case "range" -> {
                LocalDate from = date(p.get("from"), today.withDayOfMonth(1));
                LocalDate to = date(p.get("to"), today);
                yield new StatisticsPeriod(kind, from.getYear(), 1, from, to);
            }
            default -> {
                int n = number(p.get("number"), (today.getMonthValue() - 1) / 3 + 1, 1, 4);
                LocalDate from = LocalDate.of(year, (n - 1) * 3 + 1, 1);
                yield new StatisticsPeriod("quarter", year, n, from, from.plusMonths(3).minusDays(1));
            }
        };
    }

    /** The address parameters that name this period again (for exports and links). */
    public String query() {
        return "range".equals(kind) ? "period=range&from=" + from + "&to=" + to
                : "period=" + kind + "&year=" + year + "&number=" + number;
    }

    private static int number(String s, int fallback, int min, int max) {
        try {
            return s == null || s.isBlank() ? fallback : Math.max(min, Math.min(max, Integer.parseInt(s.strip())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static LocalDate date(String s, LocalDate fallback) {
        try {
            return s == null || s.isBlank() ? fallback : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
