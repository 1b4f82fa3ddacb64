package vn.camau.egov.shared.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Rules for free text people type: Unicode is normalised to NFC (a Vietnamese letter typed as a
 * base letter plus combining marks is stored as the one precomposed character, so searches and
 * uniqueness work), surrounding blanks go, and control characters are refused.
 */
public final class Text {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\r\\t]]");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("(0|\\+84)\\d{9}");

    private Text() {
    }

    /** NFC, stripped, null when blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return normalised.isEmpty() ? null : normalised;
    }

    public static boolean hasControlCharacters(String value) {
        return value != null && CONTROL.matcher(value).find();
    }

    /** A person's name: letters (any script, with marks), spaces, dots, apostrophes and hyphens. */
    public static boolean isPersonName(String value) {
        return value != null && value.length() <= 128 && NAME.matcher(value).matches();
    }

    public static boolean isEmail(String value) {
        return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
    }

    /** A Vietnamese phone number: 0 and nine digits, or +84 and nine digits. */
    public static boolean isPhone(String value) {
        return value != null && PHONE.matcher(value).matches();
    }

    /** Spaces, dots and dashes people type inside phone numbers are dropped. */
    public static String normalisePhone(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.replaceAll("[ .-]", "");
    }
}
