package vn.camau.egov.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Viet Nam's time zone (UTC+7, no daylight saving), in which working days and deadlines are counted. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnamTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** A day as written in Viet Nam: 26/11/2026. */
    public static String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
