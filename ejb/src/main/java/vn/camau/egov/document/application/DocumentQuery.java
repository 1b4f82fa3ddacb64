package vn.camau.egov.document.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A register search: outgoing or incoming, by number, code or notation, words of the subject or
 * sender (without diacritics), and a period of at most {@link #MAX_DAYS} days (the last year by
 * default), so a search never reads the whole history.
 */
public record DocumentQuery(boolean outgoing, Integer number, String text, LocalDate from, LocalDate to)
        implements Serializable {

    public static final int MAX_DAYS = 3 * 366;
}
