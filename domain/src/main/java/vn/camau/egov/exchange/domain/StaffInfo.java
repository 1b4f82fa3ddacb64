package vn.camau.egov.exchange.domain;

import java.io.Serializable;

/** Who, in the sending agency, handles the message. */
public record StaffInfo(String department, String staff, String mobile, String email) implements Serializable {
}
