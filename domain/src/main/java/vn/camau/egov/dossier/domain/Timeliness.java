package vn.camau.egov.dossier.domain;

import java.time.LocalDate;

/** How a finished dossier kept its deadline (sớm, đúng, trễ hạn). */
public enum Timeliness {
    EARLY, ON_TIME, LATE;

    /** Returned before the due date: early; on it: on time; after: late. */
    public static Timeliness of(LocalDate returnedOn, LocalDate dueOn) {
        int c = returnedOn.compareTo(dueOn);
        return c < 0 ? EARLY : c == 0 ? ON_TIME : LATE;
    }
}
