package vn.camau.egov.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.camau.egov.shared.application.Clocks;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Dates, times and numbers as people in Viet Nam read them (dd/MM/yyyy, 24-hour clock, Viet Nam
 * time; a decimal comma): one place for every page.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(Clocks.VIETNAM);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An amount in đồng, with dots between thousands as written in Viet Nam: 1.200.000 đ. */
    public String money(long amount) {
        return String.format(java.util.Locale.GERMANY, "%,d đ", amount);
    }

    /** A share in [0, 1] as a percentage with one decimal, "92,5 %"; a dash when there is nothing to measure. */
    public String percent(Double share) {
        return share == null ? "—" : String.format(VIETNAMESE, "%.1f %%", share * 100);
    }

    /** A number with the decimals asked, "0,4103"; a dash when there is none. */
    public String decimal(Double value, int decimals) {
        return value == null ? "—" : String.format(VIETNAMESE, "%." + decimals + "f", value);
    }
}
