package vn.camau.egov.identity.domain;

import java.io.Serializable;

/**
 * A citizen identity card number (số Căn cước công dân, CCCD): exactly 12 digits.
 */
public record CitizenId(String value) implements Serializable {

    public CitizenId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a CCCD number has exactly 12 digits");
        }
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
