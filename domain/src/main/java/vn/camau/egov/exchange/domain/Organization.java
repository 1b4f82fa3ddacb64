package vn.camau.egov.exchange.domain;

import java.io.Serializable;

/** An agency in an edXML header (From, To, the status's From): its identifier and how to reach it. */
public record Organization(String organId, String organName, String organizationInCharge, String organAdd,
                           String email, String telephone, String fax, String website) implements Serializable {

    public static Organization of(String organId, String organName) {
        return new Organization(organId, organName, null, null, null, null, null, null);
    }
}
