package vn.camau.egov.exchange.domain;

import java.util.Arrays;
import java.util.Optional;

/** The statuses of QCVN 102:2016 a receiver reports about a document it was sent. */
public enum StatusCode {
    ARRIVED("01"), REJECTED("02"), ACCEPTED("03"), ASSIGNED("04"), PROCESSING("05"), COMPLETED("06"),
    RECALL_REQUESTED("13"), AGREES_TO_RECALL("15"), REFUSES_RECALL("16");

    private final String code;

    StatusCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<StatusCode> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
