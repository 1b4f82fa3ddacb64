package vn.camau.egov.bench.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** Days and times as the province lives them: Vietnam time (UTC+7, no daylight saving), office hours. */
final class Calendar {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int OFFSET = 7 * 3600;

    private Calendar() {
    }

    /** The day in Vietnam; VietnamTime.dateOf without the zone rules' cost. */
    static LocalDate day(Instant t) {
        return LocalDate.ofEpochDay(Math.floorDiv(t.getEpochSecond() + OFFSET, 86_400));
    }

    static Instant at(LocalDate day, int secondOfDay) {
        return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + secondOfDay - OFFSET);
    }

    /** A time the one-stop shop is open: 7:00-11:30 and 13:30-17:00. */
    static Instant office(LocalDate day, SplittableRandom r) {
        int second = r.nextInt(10) < 6 ? r.nextInt(7 * 3600, 11 * 3600 + 1800) : r.nextInt(13 * 3600 + 1800, 17 * 3600);
        return at(day, second);
    }

    /** An office time on the day, after {@code after} (later the same evening if the day is nearly over). */
    static Instant officeAfter(LocalDate day, Instant after, SplittableRandom r) {
        Instant t = office(day, r);
        return t.isAfter(after) ? t : after.plusSeconds(r.nextInt(300, 5400));
    }

    /** When someone at home does something online: mostly daytime and evening. */
    static Instant online(LocalDate day, SplittableRandom r) {
        int hour = HOURS[r.nextInt(HOURS.length)];
        return at(day, hour * 3600 + r.nextInt(3600));
    }

    private static final int[] HOURS = {6, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 10, 11, 11, 11, 12, 13, 13, 14, 14, 14,
            15, 15, 15, 16, 16, 17, 18, 19, 19, 20, 20, 20, 21, 21, 22, 23, 0, 5};
}
