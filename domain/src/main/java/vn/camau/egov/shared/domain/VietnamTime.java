package vn.camau.egov.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Viet Nam's time zone (UTC+7, no daylight saving), in which working days and deadlines are counted. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
