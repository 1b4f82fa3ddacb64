package vn.camau.egov.document.domain;

/**
 * An incoming document's way, with the edXML status each step sends back to the sender: arrived
 * (01), registered in the book (03), assigned (04), in progress (05), completed (06); or rejected
 * (02, with the reason), or recalled by its sender.
 */
public enum IncomingStatus {
    ARRIVED("01"), REGISTERED("03"), ASSIGNED("04"), PROCESSING("05"), COMPLETED("06"), REJECTED("02"), RECALLED("15");

    private final String statusCode;

    IncomingStatus(String statusCode) {
        this.statusCode = statusCode;
    }

    /** The edXML status code the sender is told. */
    public String statusCode() {
        return statusCode;
    }

    public boolean isOpen() {
        return this == REGISTERED || this == ASSIGNED || this == PROCESSING;
    }
}
