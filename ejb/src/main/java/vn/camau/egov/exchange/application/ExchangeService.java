package vn.camau.egov.exchange.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.document.application.DocumentDelivery;
import vn.camau.egov.document.application.DocumentService;
import vn.camau.egov.document.domain.DocumentRefusedException;
import vn.camau.egov.document.domain.IncomingDocument;
import vn.camau.egov.document.domain.OutgoingDocument;
import vn.camau.egov.document.domain.OutgoingRecipient;
import vn.camau.egov.document.domain.RecipientKind;
import vn.camau.egov.exchange.domain.Edxml;
import vn.camau.egov.exchange.domain.EdxmlAttachment;
import vn.camau.egov.exchange.domain.EdxmlDocument;
import vn.camau.egov.exchange.domain.EdxmlStatus;
import vn.camau.egov.exchange.domain.MessageKind;
import vn.camau.egov.exchange.domain.Organization;
import vn.camau.egov.exchange.domain.Peer;
import vn.camau.egov.exchange.domain.StaffInfo;
import vn.camau.egov.exchange.domain.TraceHeader;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.StoredFile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends the registry's documents and statuses over the national document axis: one edXML message
 * per recipient, signed with the sending unit's key, logged in the hash chain and queued for the
 * hub, all in the registry's transaction.
 */
@Stateless
@LocalBean
@Local(DocumentDelivery.class)
@DeclareRoles({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, DocumentService.EXCHANGE})
@RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, DocumentService.EXCHANGE})
public class ExchangeService implements DocumentDelivery {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ExchangeService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SignedOutbox outbox;

    @Inject
    private Clock clock;

    @Override
    public void send(OutgoingDocument d) {
        Instant now = Instant.now(clock);
        Unit unit = d.getUnit();
        for (OutgoingRecipient r : d.getRecipients()) {
            if (r.getKind() != RecipientKind.EXTERNAL) {
                continue;
            }
            Peer peer = activePeer(r.getAgencyId());
            List<EdxmlAttachment> attachments = new ArrayList<>();
            int n = 0;
            for (StoredFile f : d.getAttachments()) {
                attachments.add(new EdxmlAttachment("att" + (++n), f.getName(), f.getName(), f.getKind().contentType(),
                        f.getContent()));
            }
            String messageId = UUID.randomUUID().toString();
            EdxmlDocument message = new EdxmlDocument(messageId, organization(unit),
                    List.of(Organization.of(peer.getAgencyId(), peer.getName())), String.valueOf(d.getNumber()),
                    d.getNotation(), "Cà Mau", d.getIssuedOn(), d.getType().code(), d.getType().name(), d.getSubject(),
                    d.getSummary(), null, d.getSignerPosition(), d.getSignerName(), null, List.of(r.getName()),
                    d.getUrgency().code(), d.getExchangeId(), List.of(new TraceHeader(unit.getAgencyId().value(), now)),
                    0, null, new StaffInfo(d.getDraftingOffice(), d.getIssuedBy(), null, null), false, attachments);
            outbox.send(MessageKind.DOCUMENT, messageId, unit, peer, d.getExchangeId(), null, Edxml.write(message));
        }
    }

    @Override
    public void report(IncomingDocument d, String statusCode, String description, String staff) {
        status(d.getUnit(), d.getSenderAgencyId(), d.getCodeNumber(), d.getCodeNotation(), d.getPromulgatedOn(),
                d.getDocumentId(), statusCode, description, staff);
    }

    @Override
    public void recall(OutgoingDocument d) {
        for (OutgoingRecipient r : d.getRecipients()) {
            if (r.getKind() == RecipientKind.EXTERNAL) {
                status(d.getUnit(), r.getAgencyId(), String.valueOf(d.getNumber()), d.getNotation(), d.getIssuedOn(),
                        d.getExchangeId(), "13", d.getRecallReason(), d.getIssuedBy());
            }
        }
    }

    /**
     * A status message about a document to the agency on the other side of it. The receiving side
     * answers a sender (01 to 06, 02, 15, 16); the sending side asks recipients (13).
     */
    public void status(Unit unit, String toAgencyId, String codeNumber, String codeNotation, java.time.LocalDate promulgated,
                String documentId, String statusCode, String description, String staff) {
        Peer peer = em.find(Peer.class, toAgencyId);
        if (peer == null || !peer.isActive()) {
            // a stopped agency is not written to; the registry's own step goes on
            LOG.warning(() -> "Status " + statusCode + " about " + documentId + " not sent: " + toAgencyId
                    + " is not an active peer");
            return;
        }
        String messageId = UUID.randomUUID().toString();
        EdxmlStatus status = new EdxmlStatus(messageId, toAgencyId, codeNumber == null ? null : codeNumber + "/" + codeNotation,
                promulgated, documentId, organization(unit), statusCode, description, Instant.now(clock),
                new StaffInfo(unit.getName(), staff, null, null));
        outbox.send(MessageKind.STATUS, messageId, unit, peer, documentId, statusCode, Edxml.write(status));
    }

    /** Only agencies in the directory, and still active, are sent to. */
    private Peer activePeer(String agencyId) {
        Peer peer = em.find(Peer.class, agencyId);
        if (peer == null || !peer.isActive()) {
            throw new DocumentRefusedException("document.refused.noPeer", agencyId);
        }
        return peer;
    }

    static Organization organization(Unit unit) {
        return new Organization(unit.getAgencyId().value(), unit.getName(), null, null, null, null, null, null);
    }
}
