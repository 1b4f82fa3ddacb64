package vn.camau.egov.exchange.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.w3c.dom.Document;
import vn.camau.egov.document.application.DocumentService;
import vn.camau.egov.document.domain.DocumentType;
import vn.camau.egov.document.domain.IncomingDocument;
import vn.camau.egov.document.domain.IncomingSource;
import vn.camau.egov.document.domain.Urgency;
import vn.camau.egov.exchange.domain.BusinessDocTypes;
import vn.camau.egov.exchange.domain.Direction;
import vn.camau.egov.exchange.domain.Edxml;
import vn.camau.egov.exchange.domain.EdxmlDocument;
import vn.camau.egov.exchange.domain.EdxmlException;
import vn.camau.egov.exchange.domain.EdxmlStatus;
import vn.camau.egov.exchange.domain.LoggedMessage;
import vn.camau.egov.exchange.domain.MessageKind;
import vn.camau.egov.exchange.domain.MessageState;
import vn.camau.egov.exchange.domain.Peer;
import vn.camau.egov.exchange.domain.SecureXml;
import vn.camau.egov.exchange.domain.XmlSignature;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitRepository;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.dossier.application.DocumentUpload;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.application.SubmissionForm;
import vn.camau.egov.exchange.domain.PortalRecords;
import vn.camau.egov.shared.domain.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the province does with a message from the hub, in the consumer's transaction. A message is
 * taken once (by its message id; a document also by its DocumentId per unit). The sender must be in
 * the peer directory and the message signed with the certificate the directory holds for it. A
 * message that breaks the standard is rejected: logged, answered with status 02 and its problems
 * when the sender can be told, and parked on the dead-letter queue with the reason.
 */
@Stateless
@DeclareRoles(DocumentService.EXCHANGE)
@RolesAllowed(DocumentService.EXCHANGE)
public class ExchangeReceiver {

    private static final Logger LOG = Logger.getLogger(ExchangeReceiver.class.getName());

    /** What became of a message. */
    public enum Outcome { ACCEPTED, DUPLICATE, REJECTED }

    /**
     * @param reason         why it was rejected
     * @param answer         whether the sender is told (status 02): only when the message is
     *                       authentic, so that nobody can make the province answer another agency
     * @param signatureValid what the signature check found (null: not checked)
     */
    public record Result(Outcome outcome, String reason, boolean answer, Boolean signatureValid) {
        static Result rejected(String reason, boolean answer, Boolean signatureValid) {
            return new Result(Outcome.REJECTED, reason, answer, signatureValid);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MessageLog log;

    @Inject
    private ExchangeService exchange;

    @Inject
    private DocumentService documents;

    @Inject
    private UnitRepository units;

    @Inject
    private PortalPublisher portal;

    @Inject
    private DossierService dossiers;

    @Inject
    private vn.camau.egov.shared.application.Settings settings;

    @Inject
    private vn.camau.egov.dossier.infrastructure.SigningKeys keys;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * Takes the message in its own transaction: all of it (the registry's change, the log entry, the
     * answer) or, when it is rejected, nothing; the caller then records the rejection with
     * {@link #reject} in the consumer's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result receive(String messageId, String claimedFrom, byte[] payload) {
        Document xml;
        try {
            xml = SecureXml.parse(payload);
        } catch (RuntimeException e) {
            return Result.rejected("M.Message: " + e.getMessage(), false, null);
        }
        // duplicates are known by the id inside the signed message, not by the hub's envelope
        String id = idOf(xml, messageId, payload);
        Optional<LoggedMessage> earlier = log.find(Direction.IN, id);
        if (earlier.isPresent() && earlier.get().getState() != MessageState.REJECTED) {
            LOG.fine(() -> "Duplicate message " + id + " ignored");
            return new Result(Outcome.DUPLICATE, null, false, null);
        }
        Edxml.Reference ref = Edxml.reference(xml);
        MessageKind kind;
        try {
            kind = kindOf(xml);
        } catch (EdxmlException e) {
            return Result.rejected(e.getMessage(), false, null);
        }
        // edXML names its sender in its header; a portal record is from whom the hub says it is
        String from = ref.fromOrganId() != null ? ref.fromOrganId() : claimedFrom;
        Peer peer = from == null || from.length() > 16 ? null : em.find(Peer.class, from);
        if (peer == null || !peer.isActive()) {
            return Result.rejected("sender " + from + " is not in the peer directory", false, null);
        }
        if (kind.name().startsWith("PORTAL") && !portal.isPortal(peer.getAgencyId())) {
            return Result.rejected("sender " + from + " is not the national portal", false, null);
        }
        if (peer.certificate().isEmpty()) {
            return Result.rejected("no certificate on file for " + peer.getAgencyId(), false, null);
        }
        XmlSignature.Outcome signature = XmlSignature.verify(xml, peer.certificate().get().getPublicKey());
        if (signature != XmlSignature.Outcome.VALID) {
            return Result.rejected("signature " + signature.name().toLowerCase(java.util.Locale.ROOT), false, false);
        }
        XmlSignature.strip(xml);
        String statusCode = null;
        MessageState state = MessageState.ACCEPTED;
        try {
            if (kind == MessageKind.PORTAL_RECEIPT) {
                portalReceipt(PortalRecords.readReceipt(xml), peer);
            } else if (kind == MessageKind.PORTAL_DOSSIER) {
                if (!"HoSoDVCQG".equals(xml.getDocumentElement().getLocalName())) {
                    return Result.rejected("M.Message: the province takes dossiers (HoSoDVCQG), not sync records", true, true);
                }
                portalSubmission(PortalRecords.readSubmission(xml), id);
            } else if (kind == MessageKind.PORTAL_CATALOG) {
                return Result.rejected("M.Message: the province publishes its catalogue, it does not take one", true, true);
            } else if (kind == MessageKind.STATUS) {
                EdxmlStatus status = Edxml.readStatus(xml);
                statusCode = status.statusCode();
                status(status);
            } else {
                Optional<Boolean> added = document(Edxml.readDocument(xml));
                if (added.isEmpty()) {
                    return Result.rejected("R.MessageHeader.To: no recipient in the province", true, true);
                }
                // the same document again under a new message id: logged, nothing registered twice
                state = added.get() ? MessageState.ACCEPTED : MessageState.DUPLICATE;
            }
        } catch (EdxmlException e) {
            session.setRollbackOnly();
            return Result.rejected(e.getMessage(), true, true);
        } catch (BusinessException e) {
            // an attachment the registry refuses (too large, not a document), a unit without its key
            session.setRollbackOnly();
            return Result.rejected(describe(e), true, true);
        }
        if (earlier.isPresent()) {
            earlier.get().moveTo(state, "accepted on replay", Instant.now(clock));
        } else {
            log.append(new LoggedMessage.Entry(Direction.IN, kind, id, peer.getAgencyId(),
                    clip(ref.documentId() != null ? ref.documentId() : PortalRecords.subjectOf(xml)), statusCode, state,
                    null, true, payload));
        }
        return new Result(state == MessageState.ACCEPTED ? Outcome.ACCEPTED : Outcome.DUPLICATE, null, false, true);
    }

    /**
     * Records a rejection in the caller's transaction: the log entry and, when the sender can be
     * told which document it was about, status 02 with the problems.
     */
    public void reject(String messageId, String claimedFrom, byte[] payload, Result result) {
        String reason = result.reason();
        boolean answer = result.answer();
        Edxml.Reference ref = null;
        MessageKind kind = MessageKind.DOCUMENT;
        Document parsed = null;
        try {
            parsed = SecureXml.parse(payload);
            ref = Edxml.reference(parsed);
            kind = kindOf(parsed);
        } catch (RuntimeException e) {
            // not even XML (or not a known message): logged as it came
        }
        String id = idOf(parsed, messageId, payload);
        LOG.warning(() -> "Message " + id + " rejected: " + reason);
        Optional<LoggedMessage> earlier = log.find(Direction.IN, id);
        if (earlier.isPresent()) {
            earlier.get().moveTo(MessageState.REJECTED, reason, Instant.now(clock));
        } else {
            String claimed = ref != null && ref.fromOrganId() != null ? ref.fromOrganId() : claimedFrom;
            String from = claimed == null || claimed.length() > 16 ? null : claimed;
            log.append(new LoggedMessage.Entry(Direction.IN, kind, id, from, ref == null ? null : clip(ref.documentId()),
                    null, MessageState.REJECTED, reason, result.signatureValid(), payload));
        }
        if (answer && kind == MessageKind.PORTAL_DOSSIER && portal.isPortal(claimedFrom)) {
            portalRefusal(payload, id, reason);
        }
        if (answer && ref != null && kind == MessageKind.DOCUMENT && ref.documentId() != null && ref.fromOrganId() != null) {
            Optional<Unit> ours = ref.toOrganIds().stream().filter(o -> o != null && AgencyId.isValid(o))
                    .map(o -> units.findByAgencyId(new AgencyId(o))).flatMap(Optional::stream).findFirst();
            Peer peer = em.find(Peer.class, ref.fromOrganId());
            if (ours.isPresent() && peer != null && peer.isActive() && canSign(ours.get())) {
                exchange.status(ours.get(), peer.getAgencyId(), ref.codeNumber(), ref.codeNotation(),
                        ref.promulgationDate(), ref.documentId(), "02", clip(reason), null);
            }
        }
    }

    /**
     * A dossier the portal sent that the province cannot take: the portal is told why, signed by the
     * procedure's unit, or by the Provincial People's Committee when the procedure is not the province's.
     */
    private void portalRefusal(byte[] payload, String messageId, String reason) {
        try {
            String procedureCode = PortalRecords.procedureOf(SecureXml.parse(payload));
            Optional<Unit> unit = procedureCode == null || !vn.camau.egov.catalog.domain.ProcedureCode.isValid(procedureCode)
                    ? Optional.empty()
                    : em.createQuery("select p.unit from Procedure p where p.code = :c", Unit.class)
                    .setParameter("c", new vn.camau.egov.catalog.domain.ProcedureCode(procedureCode))
                    .getResultStream().findFirst();
            if (unit.isEmpty()) {
                unit = em.createQuery("select u from Unit u where u.kind = :k and u.active = true order by u.id", Unit.class)
                        .setParameter("k", vn.camau.egov.organization.domain.UnitKind.PROVINCIAL_COMMITTEE)
                        .setMaxResults(1).getResultStream().findFirst();
            }
            unit.filter(this::canSign).ifPresent(u -> portal.receipt(u, messageId, false, null, clip(reason)));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Cannot tell the portal of rejected message " + messageId + ": " + e.getMessage());
        }
    }

    private static MessageKind kindOf(Document xml) {
        MessageKind portalKind = PortalRecords.kindOf(xml);
        if (portalKind != null) {
            return portalKind;
        }
        return Edxml.kindOf(xml) == Edxml.Kind.STATUS ? MessageKind.STATUS : MessageKind.DOCUMENT;
    }

    /** The id the signed message carries; else the hub's; else its content's hash. */
    private static String idOf(Document xml, String hubId, byte[] payload) {
        String signed = null;
        if (xml != null) {
            signed = PortalRecords.kindOf(xml) != null ? PortalRecords.idOf(xml) : Edxml.reference(xml).messageId();
        }
        String id = signed != null ? signed : hubId;
        return id == null || id.isBlank() || id.length() > 100 ? "sha256:" + LoggedMessage.sha256(payload) : id;
    }

    /**
     * Whether the unit can sign an answer. A rejection's answer is best-effort: a unit without its
     * key must not undo the rejection's own record (the refusal would roll the transaction back).
     */
    private boolean canSign(Unit unit) {
        if (!keys.has(unit)) {
            LOG.warning(() -> "No answer from " + unit.getName() + ": it has no signing key");
            return false;
        }
        return true;
    }

    /** A refusal of the registry, as the sender reads it in a 02: the fields and what is wrong with them. */
    private static String describe(BusinessException e) {
        if (e instanceof vn.camau.egov.shared.domain.InvalidInputException invalid) {
            return invalid.problems().stream().map(p -> "R." + p.field() + ": " + p.messageKey()
                            + (p.arguments().length == 0 ? "" : " " + java.util.Arrays.toString(p.arguments())))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        return "R.Message: " + e.messageKey() + (e.arguments().length == 0 ? "" : " " + java.util.Arrays.toString(e.arguments()));
    }

    /**
     * Registers the document with each of the province's units it is addressed to, then answers 01.
     * A revocation (BussinessDocType, as configured) asks for a document back, like status 13; an
     * update or replacement of a document a unit has waits for its clerk, who answers 15 or 16.
     *
     * @return empty when no unit of the province is a recipient; otherwise whether any unit did not have it yet
     */
    private Optional<Boolean> document(EdxmlDocument d) {
        BusinessDocTypes.Meaning meaning = BusinessDocTypes.of(settings.businessDocTypeMapping()).meaningOf(d.businessDocType());
        if (meaning == BusinessDocTypes.Meaning.REVOKE) {
            // a revocation asks for the document back, as status 13 does
            if (!documents.recallRequested(d.documentId(), d.from().organId(), d.businessReason())) {
                throw new EdxmlException(vn.camau.egov.exchange.domain.EdxmlProblem.mismatch("MessageHeader.DocumentId",
                        "no such document received from " + d.from().organId() + ": " + d.documentId()));
            }
            return Optional.of(true);
        }
        boolean any = false;
        boolean added = false;
        for (var to : d.to()) {
            if (to.organId() == null || !AgencyId.isValid(to.organId())) {
                continue;
            }
            Optional<Unit> unit = units.findByAgencyId(new AgencyId(to.organId()));
            if (unit.isEmpty()) {
                continue;
            }
            any = true;
            IncomingDocument.Arrival arrival = new IncomingDocument.Arrival(IncomingSource.AXIS, d.documentId(),
                    d.from().organId(), d.from().organName() == null ? d.from().organId() : d.from().organName(),
                    d.codeNumber(), d.codeNotation(), d.promulgationDate(),
                    DocumentType.ofCode(d.documentType()).orElse(null), d.subject(), d.content(), d.signerFullName(),
                    Urgency.ofCode(d.priority()), d.dueDate());
            List<Upload> files = d.attachments().stream().map(a -> new Upload(a.name(), a.content())).toList();
            if (meaning != BusinessDocTypes.Meaning.NEW
                    && documents.updateRequested(to.organId(), arrival, files, d.businessReason())) {
                // a new version of a document the unit has: its clerk takes or refuses it (15, 16)
                added = true;
            } else if (documents.arrive(to.organId(), arrival, files).isPresent()) {
                added = true;
                exchange.status(unit.get(), d.from().organId(), d.codeNumber(), d.codeNotation(), d.promulgationDate(),
                        d.documentId(), "01", null, null);
            }
        }
        return any ? Optional.of(added) : Optional.empty();
    }

    /** A dossier from the national portal goes to the reception inbox; the portal gets the province's code for it. */
    private void portalSubmission(PortalRecords.Submission s, String messageId) {
        SubmissionForm form = new SubmissionForm(s.fullName(), s.idNumber(), s.email(), s.phone(), s.address(),
                s.fields(), s.postal());
        List<DocumentUpload> uploads = s.files().stream()
                .map(f -> new DocumentUpload(f.document(), new Upload(f.name(), f.content()))).toList();
        String code = dossiers.receiveFromPortal(s.portalCode(), s.procedureCode(), form, uploads);
        Unit unit = em.createQuery("select d.unit from Dossier d where d.code = :c", Unit.class).setParameter("c", code)
                .getSingleResult();
        portal.receipt(unit, messageId, true, code, null);
    }

    /** The portal took (or refused) a record the province sent. */
    private void portalReceipt(PortalRecords.Receipt r, Peer from) {
        List<LoggedMessage> sent = em.createQuery("select m from LoggedMessage m where m.direction = :out"
                        + " and m.messageId = :id and m.peerAgencyId = :peer", LoggedMessage.class)
                .setParameter("out", Direction.OUT).setParameter("id", r.answersMessageId())
                .setParameter("peer", from.getAgencyId()).getResultList();
        if (sent.isEmpty()) {
            throw new EdxmlException(vn.camau.egov.exchange.domain.EdxmlProblem.mismatch("KetQuaDongBo.MaThongDiepTraLoi",
                    "no such message sent to " + from.getAgencyId() + ": " + r.answersMessageId()));
        }
        sent.forEach(m -> m.moveTo(r.ok() ? MessageState.ACKNOWLEDGED : MessageState.FAILED,
                r.ok() ? "receipt" : "refused: " + r.description(), Instant.now(clock)));
    }

    private void status(EdxmlStatus s) {
        String from = s.from().organId();
        boolean known = "13".equals(s.statusCode())
                ? documents.recallRequested(s.responseDocumentId(), from, s.description())
                : documents.statusReported(s.responseDocumentId(), from, s.statusCode(), s.description());
        if (!known) {
            throw new EdxmlException(vn.camau.egov.exchange.domain.EdxmlProblem.mismatch("Status.ResponseFor.DocumentId",
                    "no such document exchanged with " + from + ": " + s.responseDocumentId()));
        }
        // the document message it answers has reached its receiver
        em.createQuery("select m from LoggedMessage m where m.documentId = :doc and m.direction = :out"
                        + " and m.kind = :kind and m.peerAgencyId = :peer and m.state in :open", LoggedMessage.class)
                .setParameter("doc", s.responseDocumentId()).setParameter("out", Direction.OUT)
                .setParameter("kind", MessageKind.DOCUMENT).setParameter("peer", from)
                .setParameter("open", List.of(MessageState.QUEUED, MessageState.DELIVERED)).getResultList()
                .forEach(m -> m.moveTo("02".equals(s.statusCode()) ? MessageState.FAILED : MessageState.ACKNOWLEDGED,
                        "status " + s.statusCode() + (s.description() == null ? "" : ": " + s.description()),
                        Instant.now(clock)));
    }

    private static String clip(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }
}
