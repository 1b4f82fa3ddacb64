package vn.camau.egov.exchange.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.exchange.domain.Peer;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The agencies the province exchanges with: identifier, name, their queue address on the hub and
 * their signing certificate. Kept by the provincial administrator; every change audited.
 */
@Stateless
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class PeerDirectory {

    static final String PEER = "peer";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The directory is small (the agencies one province writes to): all of it, bounded anyway. */
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CLERK, Roles.SPECIALIST, Roles.LEADER})
    public List<PeerView> list() {
        return em.createQuery("select p from Peer p order by p.name", Peer.class).setMaxResults(2000)
                .getResultStream().map(PeerView::of).toList();
    }

    /** Adds the agency, or changes it when it is in the directory already. */
    public void save(PeerForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String agencyId = form.agencyId() == null ? "" : form.agencyId().strip();
        if (!AgencyId.isValid(agencyId)) {
            problems.add(new FieldProblem("agencyId", "exchange.peer.agencyId.invalid"));
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 255) {
            problems.add(new FieldProblem("name", "exchange.peer.name.invalid"));
        }
        String address = form.address() == null ? "" : form.address().strip();
        if (!Peer.isValidAddress(address)) {
            problems.add(new FieldProblem("address", "exchange.peer.address.invalid"));
        }
        byte[] certificate = form.certificate() == null || form.certificate().length == 0 ? null : form.certificate();
        if (certificate != null) {
            try {
                certificate = Peer.parse(certificate).getEncoded();
            } catch (IllegalArgumentException | java.security.cert.CertificateEncodingException e) {
                problems.add(new FieldProblem("certificate", "exchange.peer.certificate.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock);
        Peer peer = em.find(Peer.class, agencyId);
        if (peer == null) {
            em.persist(new Peer(agencyId, name, address, certificate, now));
            audit.record("PEER_ADDED", PEER, agencyId, name);
        } else {
            // a new upload replaces the certificate; none keeps the one on file
            peer.change(name, address, certificate == null ? peer.certificate().map(PeerDirectory::der).orElse(null)
                    : certificate, now);
            audit.record("PEER_CHANGED", PEER, agencyId, name);
        }
    }

    public void setActive(String agencyId, boolean active) {
        Peer peer = em.find(Peer.class, agencyId);
        if (peer == null) {
            throw new NotFoundException(PEER, agencyId);
        }
        peer.setActive(active, Instant.now(clock));
        audit.record(active ? "PEER_ACTIVATED" : "PEER_DEACTIVATED", PEER, agencyId, peer.getName());
    }

    private static byte[] der(java.security.cert.X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
