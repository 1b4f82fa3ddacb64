package vn.camau.egov.document.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.camau.egov.document.domain.DocumentRefusedException;
import vn.camau.egov.document.domain.IncomingDocument;
import vn.camau.egov.document.domain.IncomingSource;
import vn.camau.egov.document.domain.IncomingStatus;
import vn.camau.egov.document.domain.OutgoingContent;
import vn.camau.egov.document.domain.OutgoingDocument;
import vn.camau.egov.document.domain.OutgoingRecipient;
import vn.camau.egov.document.domain.OutgoingStatus;
import vn.camau.egov.document.domain.RecipientKind;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OfficialView;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitRepository;
import vn.camau.egov.shared.application.Flushes;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.application.FileStore;
import vn.camau.egov.shared.application.Sequences;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.application.UploadCheck;
import vn.camau.egov.shared.domain.AccessDeniedException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.SearchText;
import vn.camau.egov.shared.domain.StoredFile;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The official document registry. Outgoing: a specialist drafts, the leader approves or returns,
 * the clerk numbers and issues (internal recipients get the document at once, external ones over
 * the axis through {@link DocumentDelivery}, in the same transaction). Incoming: the clerk
 * registers or rejects, the leader assigns, the handler processes and completes; each step is
 * reported to a sender on the axis. Officials see their own unit's documents only.
 */
@Stateless
@DeclareRoles({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.PROVINCE_ADMIN, DocumentService.EXCHANGE})
public class DocumentService {

    /** The role the exchange's message consumers run as when they deliver to the registry. */
    public static final String EXCHANGE = Roles.EXCHANGE;
    static final String DOCUMENT = "document";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrganizationService organization;

    @Inject
    private UnitRepository units;

    @Inject
    private FileStore files;

    @Inject
    private Sequences sequences;

    @Inject
    private DocumentDelivery delivery;

    @Inject
    private AuditTrail audit;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    // --- outgoing --------------------------------------------------------------------------------

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public long draft(OutgoingContent content, List<Upload> uploads) {
        Actor me = actor();
        Unit unit = units.findByCode(me.unitCode()).orElseThrow(AccessDeniedException::new);
        List<StoredFile> stored = storeAll(content, uploads);
        OutgoingDocument d = OutgoingDocument.draft(unit, me, content, stored, Instant.now(clock));
        em.persist(d);
        em.flush();
        audit.record("DOCUMENT_DRAFTED", DOCUMENT, d.getId(), d.getSubject());
        return d.getId();
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public void revise(long id, long version, OutgoingContent content, List<Upload> uploads) {
        outgoingAction(id, version, "DOCUMENT_REVISED", (d, me) -> d.revise(me, content, storeAll(content, uploads)));
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER})
    public void submit(long id, long version) {
        outgoingAction(id, version, "DOCUMENT_SUBMITTED", (d, me) -> d.submit(me));
    }

    @RolesAllowed(Roles.LEADER)
    public void approve(long id, long version) {
        outgoingAction(id, version, "DOCUMENT_APPROVED", (d, me) -> d.approve(me, Instant.now(clock)));
    }

    @RolesAllowed(Roles.LEADER)
    public void returnToDrafter(long id, long version, String note) {
        outgoingAction(id, version, "DOCUMENT_RETURNED", (d, me) -> d.returnToDrafter(me, note));
    }

    /**
     * The clerk issues the document: the next number of the unit's book for the year, taken in this
     * transaction (so numbers are neither skipped nor given twice), delivery to internal recipients
     * at once and to external ones over the axis.
     */
    @RolesAllowed(Roles.CLERK)
    public void issue(long id, long version) {
        outgoingAction(id, version, "DOCUMENT_ISSUED", (d, me) -> {
            if (d.getStatus() != OutgoingStatus.APPROVED) {
                throw new DocumentRefusedException("document.refused.state");
            }
            Instant now = Instant.now(clock);
            int year = VietnamTime.dateOf(now).getYear();
            long number = sequences.next("outgoing:" + d.getUnit().getCode() + ":" + year);
            d.issue(me, (int) number, d.getUnit().notation(), now);
            for (OutgoingRecipient r : d.getRecipients()) {
                if (r.getKind() == RecipientKind.INTERNAL) {
                    deliverInternally(d, r, now);
                }
            }
            if (d.getRecipients().stream().anyMatch(r -> r.getKind() == RecipientKind.EXTERNAL)) {
                delivery.send(d);
            }
        });
    }

    @RolesAllowed({Roles.LEADER, Roles.CLERK})
    public void recall(long id, long version, String reason) {
        outgoingAction(id, version, "DOCUMENT_RECALLED", (d, me) -> {
            d.recall(me, reason);
            // units of the province that have it are asked at once, as the axis asks the others
            em.createQuery("select i from IncomingDocument i where i.documentId = :doc and i.source = :internal",
                            IncomingDocument.class).setParameter("doc", d.getExchangeId())
                    .setParameter("internal", IncomingSource.INTERNAL).getResultList()
                    .forEach(i -> i.recallRequested(reason));
            if (d.getRecipients().stream().anyMatch(r -> r.getKind() == RecipientKind.EXTERNAL)) {
                delivery.recall(d);
            }
        });
    }

    private void deliverInternally(OutgoingDocument d, OutgoingRecipient r, Instant now) {
        Unit target = units.findByAgencyId(new vn.camau.egov.organization.domain.AgencyId(r.getAgencyId()))
                .orElseThrow(() -> new DocumentRefusedException("document.refused.unknownUnit", r.getAgencyId()));
        IncomingDocument in = IncomingDocument.arrived(target, new IncomingDocument.Arrival(IncomingSource.INTERNAL,
                d.getExchangeId(), d.getUnit().getAgencyId().value(), d.getUnit().getName(), String.valueOf(d.getNumber()),
                d.getNotation(), d.getIssuedOn(), d.getType(), d.getSubject(), d.getSummary(), d.getSignerName(),
                d.getUrgency(), null), d.getAttachments(), now);
        em.persist(in);
        r.reported("01", null, now);
    }

    // --- incoming --------------------------------------------------------------------------------

    /** A document brought on paper: the clerk types it in and registers it at once. */
    @RolesAllowed(Roles.CLERK)
    public long registerPaper(IncomingDocument.Arrival arrival, List<Upload> uploads) {
        Actor me = actor();
        Unit unit = units.findByCode(me.unitCode()).orElseThrow(AccessDeniedException::new);
        List<FieldProblem> problems = new ArrayList<>();
        if (arrival.subject() == null || arrival.subject().isBlank() || arrival.subject().length() > 500) {
            problems.add(new FieldProblem("subject", "document.subject.invalid", 500));
        }
        if (arrival.senderName() == null || arrival.senderName().isBlank() || arrival.senderName().length() > 255) {
            problems.add(new FieldProblem("senderName", "document.senderName.invalid"));
        }
        if (arrival.codeNumber() != null && arrival.codeNumber().length() > 20) {
            problems.add(new FieldProblem("codeNumber", "document.codeNumber.tooLong", 20));
        }
        if (arrival.codeNotation() != null && arrival.codeNotation().length() > 40) {
            problems.add(new FieldProblem("codeNotation", "document.codeNotation.tooLong", 40));
        }
        if (arrival.summary() != null && arrival.summary().length() > 500) {
            problems.add(new FieldProblem("summary", "document.summary.tooLong", 500));
        }
        if (arrival.signerName() != null && arrival.signerName().length() > 255) {
            problems.add(new FieldProblem("signerName", "document.signerName.invalid"));
        }
        // the files' problems with the fields', all at once
        for (Upload u : uploads) {
            UploadCheck.check("files", u, settings.maxFileBytes(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock);
        IncomingDocument.Arrival paper = new IncomingDocument.Arrival(IncomingSource.PAPER,
                "paper:" + unit.getCode() + ":" + now.toEpochMilli() + ":" + me.username(), arrival.senderAgencyId() == null
                ? "000.00.00.X00" : arrival.senderAgencyId(), arrival.senderName().strip(), arrival.codeNumber(),
                arrival.codeNotation(), arrival.promulgatedOn(), arrival.type(), arrival.subject().strip(), arrival.summary(),
                arrival.signerName(), arrival.urgency(), null);
        IncomingDocument d = IncomingDocument.arrived(unit, paper, storeAll(null, uploads), now);
        d.register(me, (int) sequences.next(incomingBook(unit, now)), now);
        em.persist(d);
        em.flush();
        audit.record("DOCUMENT_REGISTERED", DOCUMENT, d.getId(), d.getSubject());
        return d.getId();
    }

    @RolesAllowed(Roles.CLERK)
    public void register(long id, long version) {
        incomingAction(id, version, "DOCUMENT_REGISTERED", (d, me) -> {
            Instant now = Instant.now(clock);
            if (d.getStatus() != IncomingStatus.ARRIVED) {
                throw new DocumentRefusedException("document.refused.state");
            }
            d.register(me, (int) sequences.next(incomingBook(d.getUnit(), now)), now);
        });
    }

    @RolesAllowed(Roles.CLERK)
    public void reject(long id, long version, String reason) {
        incomingAction(id, version, "DOCUMENT_REJECTED", (d, me) -> d.reject(me, reason));
    }

    /** A leader assigns the document to a handler of the unit with a deadline. */
    @RolesAllowed(Roles.LEADER)
    public void assign(long id, long version, String handler, LocalDate deadline) {
        incomingAction(id, version, "DOCUMENT_ASSIGNED", (d, me) -> {
            OfficialView h = organization.official(handler)
                    .filter(o -> o.unit().code().equals(d.getUnit().getCode()))
                    .orElseThrow(() -> new DocumentRefusedException("document.refused.handler"));
            d.assign(me, h.username(), h.fullName(), deadline, VietnamTime.dateOf(Instant.now(clock)));
        });
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    public void start(long id, long version) {
        incomingAction(id, version, "DOCUMENT_STARTED", (d, me) -> d.start(me));
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    public void complete(long id, long version, String result) {
        incomingAction(id, version, "DOCUMENT_COMPLETED", (d, me) -> d.complete(me, result, Instant.now(clock)));
    }

    /** The clerk lets the sender take the document back (status 15 to the sender). */
    @RolesAllowed(Roles.CLERK)
    public void agreeToRecall(long id, long version) {
        incomingAction(id, version, "DOCUMENT_RECALL_AGREED", (d, me) -> d.recalled(me));
    }

    /** The clerk keeps the document (status 16 to the sender); work on it goes on. */
    @RolesAllowed(Roles.CLERK)
    public void refuseRecall(long id, long version) {
        incomingAction(id, version, "DOCUMENT_RECALL_REFUSED", (d, me) -> {
            d.recallRefused(me);
            answer(d, "16", null, me);
        });
    }

    /** The clerk takes the new version the sender sent (status 15 to the sender). */
    @RolesAllowed(Roles.CLERK)
    public void agreeToUpdate(long id, long version) {
        incomingAction(id, version, "DOCUMENT_UPDATE_AGREED", (d, me) -> {
            d.updateAccepted(me);
            answer(d, "15", null, me);
        });
    }

    /** The clerk keeps the document as it was (status 16 to the sender). */
    @RolesAllowed(Roles.CLERK)
    public void refuseUpdate(long id, long version) {
        incomingAction(id, version, "DOCUMENT_UPDATE_REFUSED", (d, me) -> {
            d.updateRefused(me);
            answer(d, "16", null, me);
        });
    }

    // --- from the axis ---------------------------------------------------------------------------

    /**
     * The sender of a document a unit has sends a new version of it (an update or a replacement):
     * the unit's clerk is asked to take it or refuse it.
     *
     * @return false when the unit does not have the document (it then arrives as a new one)
     */
    @RolesAllowed(EXCHANGE)
    public boolean updateRequested(String unitAgencyId, IncomingDocument.Arrival content, List<Upload> attachments,
                                   String reason) {
        Unit unit = units.findByAgencyId(new vn.camau.egov.organization.domain.AgencyId(unitAgencyId))
                .orElseThrow(() -> new DocumentRefusedException("document.refused.unknownUnit", unitAgencyId));
        List<IncomingDocument> found = em.createQuery("select d from IncomingDocument d where d.unit = :u"
                        + " and d.documentId = :doc and d.senderAgencyId = :sender", IncomingDocument.class)
                .setParameter("u", unit).setParameter("doc", content.documentId())
                .setParameter("sender", content.senderAgencyId()).getResultList();
        if (found.isEmpty()) {
            return false;
        }
        IncomingDocument d = found.get(0);
        d.updateRequested(content.subject(), content.summary(), content.signerName(), storeAll(null, attachments), reason);
        audit.record("DOCUMENT_UPDATE_REQUESTED", DOCUMENT, d.getId(), reason);
        return true;
    }

    /**
     * A document from another agency arrives for one of the province's units, once: a second
     * delivery of the same document (same unit, same edXML DocumentId) changes nothing.
     *
     * @return the new document, or empty when the unit already had it
     */
    @RolesAllowed(EXCHANGE)
    public Optional<Long> arrive(String unitAgencyId, IncomingDocument.Arrival arrival, List<Upload> attachments) {
        Unit unit = units.findByAgencyId(new vn.camau.egov.organization.domain.AgencyId(unitAgencyId))
                .orElseThrow(() -> new DocumentRefusedException("document.refused.unknownUnit", unitAgencyId));
        boolean known = !em.createQuery("select d.id from IncomingDocument d where d.unit = :u and d.documentId = :doc",
                        Long.class).setParameter("u", unit).setParameter("doc", arrival.documentId())
                .setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return Optional.empty();
        }
        List<StoredFile> stored = storeAll(null, attachments);
        IncomingDocument d = IncomingDocument.arrived(unit, arrival, stored, Instant.now(clock));
        em.persist(d);
        em.flush();
        audit.record("DOCUMENT_ARRIVED", DOCUMENT, d.getId(), d.getSenderName() + ": " + d.getSubject());
        return Optional.of(d.getId());
    }

    /**
     * A recipient on the axis reports what it did with a document the province sent it.
     *
     * @return false when no such document went to that agency
     */
    @RolesAllowed(EXCHANGE)
    public boolean statusReported(String documentId, String recipientAgencyId, String statusCode, String note) {
        List<OutgoingRecipient> found = em.createQuery("select r from OutgoingRecipient r where r.document.exchangeId = :doc"
                        + " and r.agencyId = :agency and r.kind = :kind", OutgoingRecipient.class)
                .setParameter("doc", documentId).setParameter("agency", recipientAgencyId)
                .setParameter("kind", RecipientKind.EXTERNAL).getResultList();
        found.forEach(r -> r.reported(statusCode, note, Instant.now(clock)));
        return !found.isEmpty();
    }

    /**
     * The sender of documents the province received asks for one back (status 13): the clerks of
     * the units that have it are asked to agree or refuse.
     *
     * @return false when no unit has the document
     */
    @RolesAllowed(EXCHANGE)
    public boolean recallRequested(String documentId, String senderAgencyId, String reason) {
        List<IncomingDocument> found = em.createQuery("select d from IncomingDocument d where d.documentId = :doc"
                        + " and d.senderAgencyId = :sender", IncomingDocument.class)
                .setParameter("doc", documentId).setParameter("sender", senderAgencyId).getResultList();
        for (IncomingDocument d : found) {
            d.recallRequested(reason);
            audit.record("DOCUMENT_RECALL_REQUESTED", DOCUMENT, d.getId(), reason);
        }
        return !found.isEmpty();
    }

    /** Officials of the unit a leader may give a document to. */
    @RolesAllowed(Roles.LEADER)
    public List<OfficialView> handlers() {
        String unit = actor().unitCode();
        List<OfficialView> all = new ArrayList<>(organization.officialsWithRole(unit, Role.SPECIALIST));
        organization.officialsWithRole(unit, Role.LEADER).stream()
                .filter(o -> all.stream().noneMatch(a -> a.username().equals(o.username()))).forEach(all::add);
        return all;
    }

    // --- reading ---------------------------------------------------------------------------------

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.PROVINCE_ADMIN})
    public OutgoingView outgoing(long id) {
        Actor me = actor();
        OutgoingDocument d = visibleOutgoing(id, me);
        return OutgoingView.of(d, d.allowedActions(me));
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.PROVINCE_ADMIN})
    public IncomingView incoming(long id) {
        Actor me = actor();
        IncomingDocument d = visibleIncoming(id, me);
        return IncomingView.of(d, d.allowedActions(me), today());
    }

    /** A file of a document the caller may see. */
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.PROVINCE_ADMIN})
    public FileContent file(boolean outgoing, long documentId, long fileId) {
        Actor me = actor();
        List<StoredFile> attached = new ArrayList<>();
        if (outgoing) {
            attached.addAll(visibleOutgoing(documentId, me).getAttachments());
        } else {
            IncomingDocument d = visibleIncoming(documentId, me);
            attached.addAll(d.getAttachments());
            // a new version's files, for the clerk to read before taking it
            attached.addAll(d.getUpdateAttachments());
        }
        return attached.stream().filter(f -> f.getId() == fileId).findFirst().map(FileContent::of)
                .orElseThrow(() -> new NotFoundException("file", fileId));
    }

    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    public Page<DocumentSummary> tray(DocumentTray tray, PageRequest page) {
        Actor me = actor();
        Map<String, Object> p = new HashMap<>();
        p.put("unit", me.unitCode());
        String where = switch (tray) {
            case MY_DRAFTS -> {
                p.put("me", me.username());
                p.put("status", OutgoingStatus.DRAFT);
                yield "d.unit.code = :unit AND d.status = :status AND d.draftedBy = :me";
            }
            case TO_APPROVE -> {
                p.put("status", OutgoingStatus.SUBMITTED);
                yield "d.unit.code = :unit AND d.status = :status";
            }
            case TO_ISSUE -> {
                p.put("status", OutgoingStatus.APPROVED);
                yield "d.unit.code = :unit AND d.status = :status";
            }
            case ARRIVED -> {
                p.put("status", IncomingStatus.ARRIVED);
                yield "d.unit.code = :unit AND d.status = :status";
            }
            case TO_ASSIGN -> {
                p.put("status", IncomingStatus.REGISTERED);
                yield "d.unit.code = :unit AND d.status = :status";
            }
            case MINE -> {
                p.put("me", me.username());
                p.put("open", EnumSet.of(IncomingStatus.ASSIGNED, IncomingStatus.PROCESSING));
                yield "d.unit.code = :unit AND d.assignee = :me AND d.status IN :open";
            }
            case OVERDUE -> {
                p.put("open", EnumSet.of(IncomingStatus.REGISTERED, IncomingStatus.ASSIGNED, IncomingStatus.PROCESSING));
                p.put("today", today());
                yield "d.unit.code = :unit AND d.status IN :open AND d.dueOn < :today";
            }
        };
        String entity = tray.outgoing() ? "OutgoingDocument" : "IncomingDocument";
        String order = tray.outgoing() ? "d.draftedAt, d.id" : (tray == DocumentTray.ARRIVED ? "d.arrivedAt, d.id" : "d.dueOn, d.id");
        return page(entity, where, order, p, page);
    }

    /**
     * The unit's register, searched: by number, or by words of the subject, code or sender, within a
     * period (the last year by default, at most {@link DocumentQuery#MAX_DAYS} days).
     */
    @RolesAllowed({Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    public Page<DocumentSummary> search(DocumentQuery q, PageRequest page) {
        LocalDate to = q.to() == null ? today() : q.to();
        LocalDate from = q.from() == null ? to.minusYears(1) : q.from();
        if (from.isAfter(to) || from.plusDays(DocumentQuery.MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("to", "document.search.period", DocumentQuery.MAX_DAYS);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("unit", actor().unitCode());
        p.put("from", from);
        p.put("to", to);
        StringBuilder where = new StringBuilder("d.unit.code = :unit");
        where.append(q.outgoing() ? " AND d.issuedOn BETWEEN :from AND :to" : " AND d.arrivedOn BETWEEN :from AND :to");
        if (q.number() != null) {
            where.append(q.outgoing() ? " AND d.number = :number" : " AND d.arrivalNumber = :number");
            p.put("number", q.number());
        }
        List<String> words = SearchText.words(q.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND d.searchText LIKE :w").append(i);
            p.put("w" + i, "%" + words.get(i) + "%");
        }
        String order = q.outgoing() ? "d.issuedOn DESC, d.number DESC, d.id DESC" : "d.arrivedOn DESC, d.arrivalNumber DESC, d.id DESC";
        return page(q.outgoing() ? "OutgoingDocument" : "IncomingDocument", where.toString(), order, p, page);
    }

    private Page<DocumentSummary> page(String entity, String where, String order, Map<String, Object> p, PageRequest page) {
        TypedQuery<Object> select = em.createQuery("SELECT d FROM " + entity + " d WHERE " + where + " ORDER BY " + order,
                Object.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM " + entity + " d WHERE " + where, Long.class);
        p.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<DocumentSummary> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(o -> o instanceof OutgoingDocument out ? DocumentSummary.of(out) : DocumentSummary.of((IncomingDocument) o))
                .toList();
        return new Page<>(items, count.getSingleResult(), page);
    }

    // --- the machinery ---------------------------------------------------------------------------

    private void outgoingAction(long id, long version, String audited, BiConsumer<OutgoingDocument, Actor> change) {
        Actor me = actor();
        OutgoingDocument d = visibleOutgoing(id, me);
        if (d.getVersion() != version) {
            throw new DocumentRefusedException("document.refused.stale");
        }
        change.accept(d, me);
        flush();
        audit.record(audited, DOCUMENT, d.getId(), d.codeText() == null ? d.getStatus().name() : d.codeText());
    }

    private void incomingAction(long id, long version, String audited, BiConsumer<IncomingDocument, Actor> change) {
        Actor me = actor();
        IncomingDocument d = visibleIncoming(id, me);
        if (d.getVersion() != version) {
            throw new DocumentRefusedException("document.refused.stale");
        }
        IncomingStatus before = d.getStatus();
        change.accept(d, me);
        flush();
        audit.record(audited, DOCUMENT, d.getId(), d.getStatus().name());
        if (d.getStatus() != before) {
            answer(d, d.getStatus().statusCode(), d.getStatus() == IncomingStatus.REJECTED
                    || d.getStatus() == IncomingStatus.COMPLETED ? d.getNote() : null, me);
        }
    }

    /**
     * Tells the sender what became of its document: over the axis, or, for a unit of the province,
     * on the sender's own record at once. A paper document's sender is not told.
     */
    private void answer(IncomingDocument d, String code, String note, Actor me) {
        if (d.getSource() == IncomingSource.AXIS) {
            delivery.report(d, code, note, me.name());
        } else if (d.getSource() == IncomingSource.INTERNAL) {
            em.createQuery("select r from OutgoingRecipient r where r.document.exchangeId = :doc and r.agencyId = :unit",
                            OutgoingRecipient.class).setParameter("doc", d.getDocumentId())
                    .setParameter("unit", d.getUnit().getAgencyId().value()).getResultList()
                    .forEach(r -> r.reported(code, note, Instant.now(clock)));
        }
    }

    /** Two people at once: the second is told, and nothing is lost. */
    private void flush() {
        Flushes.flush(em, () -> new DocumentRefusedException("document.refused.stale"));
    }

    private OutgoingDocument visibleOutgoing(long id, Actor me) {
        OutgoingDocument d = em.find(OutgoingDocument.class, id);
        if (d == null || !d.isVisibleTo(me)) {
            throw new NotFoundException(DOCUMENT, id);
        }
        return d;
    }

    private IncomingDocument visibleIncoming(long id, Actor me) {
        IncomingDocument d = em.find(IncomingDocument.class, id);
        if (d == null || !d.isVisibleTo(me)) {
            throw new NotFoundException(DOCUMENT, id);
        }
        return d;
    }

    private static String incomingBook(Unit unit, Instant now) {
        return "incoming:" + unit.getCode() + ":" + VietnamTime.dateOf(now).getYear();
    }

    /** Every file checked first, then stored: a refusal leaves nothing behind. */
    private List<StoredFile> storeAll(OutgoingContent content, List<Upload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Upload u : uploads) {
            UploadCheck.check("files", u, settings.maxFileBytes(), problems);
        }
        if (content != null) {
            try {
                content.validated();
            } catch (InvalidInputException e) {
                problems.addAll(0, e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return uploads.stream().map(u -> files.store("files", u)).toList();
    }

    private LocalDate today() {
        return VietnamTime.dateOf(Instant.now(clock));
    }

    private Actor actor() {
        return organization.currentActor();
    }
}
