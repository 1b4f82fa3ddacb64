package vn.camau.egov.exchange.application;

import java.io.Serializable;

/** An agency of the directory as the provincial administrator enters it; the certificate as uploaded (PEM or DER). */
public record PeerForm(String agencyId, String name, String address, byte[] certificate) implements Serializable {
}
