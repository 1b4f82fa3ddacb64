package vn.camau.egov.organization.domain;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Agency identifier (mã định danh cơ quan) of QCVN 102:2016 and Circular 10/2016/TT-BTTTT:
 * {@code V1V2V3.Z1Z2.Y1Y2.Hxx}, read right to left as levels 1 to 4. {@code 000.00.00.H12} is a
 * province's People's Committee; {@code 000.00.04.H12} one of its level-2 units (a department or a
 * district); {@code 000.05.04.H12} a level-3 unit under that one.
 */
public record AgencyId(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

    public AgencyId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an agency identifier (000.00.00.H12): " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The level-1 code, the province's or ministry's: {@code H12} in {@code 000.00.04.H12}. */
    public String levelOne() {
        return value.substring(10);
    }

    /** 1 for a province or ministry itself, up to 4 for the deepest sub-unit. */
    public int level() {
        if (!value.startsWith("000")) {
            return 4;
        }
        if (!value.startsWith("000.00")) {
            return 3;
        }
        return value.startsWith("000.00.00") ? 1 : 2;
    }

    @Override
    public String toString() {
        return value;
    }
}
