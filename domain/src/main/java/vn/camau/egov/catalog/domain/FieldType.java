package vn.camau.egov.catalog.domain;

import vn.camau.egov.identity.domain.CitizenId;
import vn.camau.egov.shared.domain.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** The kinds of input an online form has, each with its own check. */
public enum FieldType {
    TEXT, NUMBER, DATE, CHOICE, CITIZEN_ID, PHONE, ADDRESS;

    public static final int MAX_TEXT = 1000;
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /**
     * Whether a (cleaned, non-empty) value fits this type; for a choice, it must be one of the options.
     */
    public boolean accepts(String value, List<String> options) {
        if (value == null || value.length() > MAX_TEXT || Text.hasControlCharacters(value)) {
            return false;
        }
        return switch (this) {
            case TEXT, ADDRESS -> true;
            case NUMBER -> isNumber(value);
            case DATE -> isDate(value);
            case CHOICE -> options.contains(value);
            case CITIZEN_ID -> CitizenId.isValid(value);
            case PHONE -> Text.isPhone(Text.normalisePhone(value));
        };
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.replace(',', '.'));
            return value.length() <= 30;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value, DAY_MONTH_YEAR);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
