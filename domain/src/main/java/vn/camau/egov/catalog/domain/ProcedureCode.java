package vn.camau.egov.catalog.domain;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A procedure's code in the national catalogue (mã thủ tục), e.g. {@code 1.001234.000.00.00.H12}:
 * a digit, six digits, then an agency identifier.
 */
public record ProcedureCode(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("\\d\\.\\d{6}\\.\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

    public ProcedureCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a procedure code (1.001234.000.00.00.H12): " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
