package vn.camau.egov.exchange.application;

import vn.camau.egov.exchange.domain.Peer;

import java.io.Serializable;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** An agency of the directory, with what its certificate says. */
public record PeerView(String agencyId, String name, String address, boolean active, String certificateSubject,
                       Instant certificateNotAfter, Instant updatedAt) implements Serializable {

    static PeerView of(Peer p) {
        X509Certificate c = p.certificate().orElse(null);
        return new PeerView(p.getAgencyId(), p.getName(), p.getAddress(), p.isActive(),
                c == null ? null : c.getSubjectX500Principal().getName(), c == null ? null : c.getNotAfter().toInstant(),
                p.getUpdatedAt());
    }
}
