package vn.camau.egov.exchange.domain;

import java.io.Serializable;

/**
 * A validation problem as the standard names it: the kind ({@code N} missing, {@code R} out of
 * range, {@code M} mismatch) and the field's path, e.g. {@code N.MessageHeader.Subject}.
 */
public record EdxmlProblem(char kind, String field, String detail) implements Serializable {

    public static EdxmlProblem missing(String field) {
        return new EdxmlProblem('N', field, null);
    }

    public static EdxmlProblem outOfRange(String field, String detail) {
        return new EdxmlProblem('R', field, detail);
    }

    public static EdxmlProblem mismatch(String field, String detail) {
        return new EdxmlProblem('M', field, detail);
    }

    /** "N.MessageHeader.Subject", as the standard writes it. */
    public String code() {
        return kind + "." + field;
    }

    @Override
    public String toString() {
        return detail == null ? code() : code() + " (" + detail + ")";
    }
}
