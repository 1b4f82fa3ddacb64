package vn.camau.egov.dossier.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import vn.camau.egov.catalog.application.CatalogService;
import vn.camau.egov.catalog.domain.ProcedureVersion;
import vn.camau.egov.catalog.domain.RequiredDocument;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.dossier.domain.ApplicantDetails;
import vn.camau.egov.dossier.domain.Attachment;
import vn.camau.egov.dossier.domain.Dossier;
import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierCodePattern;
import vn.camau.egov.dossier.domain.DossierRefusedException;
import vn.camau.egov.dossier.domain.DossierStatus;
import vn.camau.egov.dossier.domain.FormAnswers;
import vn.camau.egov.dossier.domain.Notification;
import vn.camau.egov.dossier.domain.SatisfactionRating;
import vn.camau.egov.dossier.infrastructure.DossierDocuments;
import vn.camau.egov.dossier.infrastructure.ResultSigner;
import vn.camau.egov.identity.application.ApplicantService;
import vn.camau.egov.identity.application.ApplicantView;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OfficialView;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.application.Flushes;
import vn.camau.egov.shared.application.FileContent;
import vn.camau.egov.shared.application.FileStore;
import vn.camau.egov.shared.application.Sequences;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.application.Upload;
import vn.camau.egov.shared.application.UploadCheck;
import vn.camau.egov.shared.application.WorkingCalendars;
import vn.camau.egov.shared.domain.AccessDeniedException;
import vn.camau.egov.shared.domain.FileKind;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.domain.Page;
import vn.camau.egov.shared.domain.PageRequest;
import vn.camau.egov.shared.domain.StoredFile;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.domain.WorkingCalendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dossiers, from submission to result. Every change is one transaction that also writes an audit
 * entry, notifies the applicant and publishes a status event. Who may see a dossier is decided
 * here, for pages, files and documents alike: a citizen their own, an official their unit's (or a
 * dossier at a step of their unit), provincial administrators and monitors any.
 */
@Stateless
@DeclareRoles({Roles.CITIZEN, Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.UNIT_ADMIN,
        Roles.PROVINCE_ADMIN, Roles.DIC_MONITOR})
public class DossierService {

    public static final String DOSSIER = "dossier";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogService catalog;

    @Inject
    private OrganizationService organization;

    @Inject
    private ApplicantService applicants;

    @Inject
    private FileStore files;

    @Inject
    private Sequences sequences;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private DossierDocuments documents;

    @Inject
    private DossierChanges changes;

    @Inject
    private ResultSigner signer;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    // --- submission -------------------------------------------------------------------------

    /**
     * A signed-in citizen submits a dossier online (level 3 and 4). The dossier, its files, its
     * code and its history are stored together or not at all.
     */
    @RolesAllowed(Roles.CITIZEN)
    public String submitOnline(String procedureCode, SubmissionForm form, List<DocumentUpload> uploads) {
        ProcedureVersion procedure = openProcedure(procedureCode);
        ApplicantView me = applicants.currentApplicant().orElseThrow(AccessDeniedException::new);
        Checked checked = check(procedure, () -> ApplicantDetails.of(me.fullName(), me.citizenId(),
                form.email() == null ? me.email() : form.email(), form.phone() == null ? me.phone() : form.phone(),
                form.address()), form, uploads);
        Instant now = Instant.now(clock);
        Actor citizen = Actor.citizen(me.username(), me.fullName());
        storeFiles(checked.files());
        Dossier dossier = Dossier.submitOnline(nextCode(procedure, now), procedure, unitOf(procedure),
                checked.applicant(), citizen, checked.answers(), form.postalDelivery(), now);
        attachAll(dossier, uploads, checked.files(), now);
        store(dossier);
        changes.changed(dossier, DossierAction.SUBMIT, now);
        return dossier.getCode();
    }

    /** A reception officer registers a dossier brought to the counter, for the applicant. Same rules. */
    @RolesAllowed(Roles.RECEPTION)
    public String receiveAtCounter(String procedureCode, SubmissionForm form, List<DocumentUpload> uploads) {
        ProcedureVersion procedure = openProcedure(procedureCode);
        Checked checked = check(procedure, () -> ApplicantDetails.of(form.fullName(), form.citizenId(), form.email(),
                form.phone(), form.address()), form, uploads);
        Instant now = Instant.now(clock);
        // a citizen with an account sees the counter dossier in it too
        String owner = applicants.usernameOfCitizen(checked.applicant().getCitizenId()).orElse(null);
        storeFiles(checked.files());
        Dossier dossier = Dossier.receiveAtCounter(nextCode(procedure, now), procedure, unitOf(procedure),
                checked.applicant(), owner, actor(), checked.answers(), form.postalDelivery(), now, calendars.current());
        attachAll(dossier, uploads, checked.files(), now);
        store(dossier);
        changes.changed(dossier, DossierAction.RECEIVE_AT_COUNTER, now);
        return dossier.getCode();
    }

    /**
     * A dossier a citizen submitted on the National Public Service Portal, handed over by the
     * exchange: checked like any submission, then in the reception inbox marked as from the portal.
     * The portal's code makes it idempotent: a second delivery returns the dossier already made.
     *
     * @return the province's code of the dossier
     */
    @RolesAllowed(Roles.EXCHANGE)
    public String receiveFromPortal(String portalCode, String procedureCode, SubmissionForm form,
                                    List<DocumentUpload> uploads) {
        List<String> known = em.createQuery("select d.code from Dossier d where d.portalCode = :p", String.class)
                .setParameter("p", portalCode).getResultList();
        if (!known.isEmpty()) {
            return known.get(0);
        }
        ProcedureVersion procedure = openProcedure(procedureCode);
        Checked checked = check(procedure, () -> ApplicantDetails.of(form.fullName(), form.citizenId(), form.email(),
                form.phone(), form.address()), form, uploads);
        Instant now = Instant.now(clock);
        String owner = applicants.usernameOfCitizen(checked.applicant().getCitizenId()).orElse(null);
        Actor portal = new Actor("dvcqg", "Cổng Dịch vụ công quốc gia", java.util.Set.of(), null);
        storeFiles(checked.files());
        Dossier dossier = Dossier.fromNationalPortal(nextCode(procedure, now), portalCode, procedure, unitOf(procedure),
                checked.applicant(), owner, checked.answers(), form.postalDelivery(), portal, now);
        attachAll(dossier, uploads, checked.files(), now);
        // no refusal on a failed insert here: the likely cause is another copy of the same portal
        // dossier taken at the same moment (the unique portal code). The exception rolls the message
        // back; the broker redelivers it and the lookup above then finds the winner's dossier
        em.persist(dossier);
        em.flush();
        changes.changed(dossier, DossierAction.SUBMIT, now);
        return dossier.getCode();
    }

    /** A submission's parts once checked: who it is for, the form's answers, the stored files. */
    private record Checked(ApplicantDetails applicant, Map<String, String> answers, List<StoredFile> files) {
    }

    /**
     * Checks everything a submission holds and reports every problem at once (applicant, form,
     * documents, each file's content), so the applicant fixes all in one go. Nothing is stored
     * until everything is right.
     */
    private Checked check(ProcedureVersion procedure, java.util.function.Supplier<ApplicantDetails> applicant,
                          SubmissionForm form, List<DocumentUpload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        ApplicantDetails details = collect(problems, applicant);
        Map<String, String> answers = collect(problems, () -> FormAnswers.check(procedure.getFormFields(), form.answers()));
        collect(problems, () -> {
            checkUploads(procedure, uploads);
            return null;
        });
        problems.addAll(fileProblems(procedure, uploads));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(details, answers, storeAll(procedure, uploads));
    }

    private static <T> T collect(List<FieldProblem> problems, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Each file's problems, reported under its document ("document:N"). */
    private List<FieldProblem> fileProblems(ProcedureVersion procedure, List<DocumentUpload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        for (DocumentUpload u : uploads) {
            UploadCheck.check(fieldOf(procedure, u), u.upload(), settings.maxFileBytes(), problems);
        }
        return problems;
    }

    /** Stores files already checked by {@link #fileProblems}. */
    private List<StoredFile> storeAll(ProcedureVersion procedure, List<DocumentUpload> uploads) {
        return uploads.stream().map(u -> files.store(fieldOf(procedure, u), u.upload())).toList();
    }

    private static String fieldOf(ProcedureVersion procedure, DocumentUpload upload) {
        int index = procedure.getDocuments().stream().map(RequiredDocument::getName).toList().indexOf(upload.documentName());
        return index < 0 ? "files" : "document:" + index;
    }

    // --- reception and processing --------------------------------------------------------------

    @RolesAllowed(Roles.RECEPTION)
    public void accept(String code, long version) {
        act(code, version, DossierAction.ACCEPT, (d, actor, now) -> d.accept(actor, now, calendars.current()));
    }

    @RolesAllowed(Roles.RECEPTION)
    public void refuse(String code, long version, String reason) {
        act(code, version, DossierAction.REFUSE, (d, actor, now) -> d.refuse(actor, reason, now));
    }

    @RolesAllowed({Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER})
    public void requestSupplement(String code, long version, String request) {
        act(code, version, DossierAction.REQUEST_SUPPLEMENT, (d, actor, now) -> d.requestSupplement(actor, request, now));
    }

    /** A leader gives the current step to an official of the step's unit who holds the step's role. */
    @RolesAllowed(Roles.LEADER)
    public void assign(String code, long version, String assigneeUsername) {
        act(code, version, DossierAction.ASSIGN, (d, actor, now) -> {
            OfficialView assignee = organization.official(assigneeUsername)
                    .filter(o -> o.unit().code().equals(d.getStepUnitCode()) && o.hasRole(d.getStepRole()))
                    .orElseThrow(() -> new DossierRefusedException("dossier.refused.assignee"));
            d.assign(actor, assignee.username(), assignee.fullName(), now);
        });
    }

    @RolesAllowed({Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    public void completeStep(String code, long version, String note) {
        act(code, version, DossierAction.COMPLETE_STEP, (d, actor, now) -> d.completeStep(actor, note, now));
    }

    /**
     * Attaches a result the unit made elsewhere: a PDF (checked by content like any upload), which
     * is signed with the unit's key before it is kept.
     */
    @RolesAllowed({Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    public void attachResult(String code, long version, Upload upload) {
        act(code, version, DossierAction.ATTACH_RESULT, (d, actor, now) -> {
            List<FieldProblem> problems = new ArrayList<>();
            UploadCheck.check("result", upload, settings.maxFileBytes(), problems).filter(kind -> kind != FileKind.PDF)
                    .ifPresent(kind -> problems.add(new FieldProblem("result", "dossier.result.notPdf", upload.name())));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            attachSigned(d, actor, upload.name(), upload.content(), resultKey(), now);
        });
    }

    /**
     * Issues the electronic result: the unit's standard result document for the dossier, with a QR
     * code to the verification page, signed with the unit's key.
     */
    @RolesAllowed({Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    public void issueResult(String code, long version) {
        act(code, version, DossierAction.ATTACH_RESULT, (d, actor, now) -> {
            String key = resultKey();
            attachSigned(d, actor, "ket-qua-" + d.getCode() + ".pdf", documents.result(d, actor.name(), key, now), key, now);
        });
    }

    private void attachSigned(Dossier d, Actor actor, String name, byte[] pdf, String key, Instant now) {
        ResultSigner.Signed signed = signer.sign(pdf, d.getUnit(), now);
        // the server made this file (the signature adds some 40 KB): stored without the upload limit
        StoredFile file = files.storeGenerated(new Upload(name, signed.pdf()));
        d.attachResult(actor, file, signed.signer(), key, now);
    }

    /** 80 random bits in base 32: the key that opens the full verification view. */
    private static String resultKey() {
        byte[] random = new byte[10];
        KEYS.nextBytes(random);
        StringBuilder key = new StringBuilder();
        long bits = 0;
        int count = 0;
        for (byte b : random) {
            bits = (bits << 8) | (b & 0xff);
            count += 8;
            while (count >= 5) {
                key.append("abcdefghijkmnpqrstuvwxyz23456789".charAt((int) (bits >> (count - 5)) & 31));
                count -= 5;
            }
        }
        return key.toString();
    }

    private static final java.security.SecureRandom KEYS = new java.security.SecureRandom();

    @RolesAllowed(Roles.RECEPTION)
    public void returnResult(String code, long version) {
        act(code, version, DossierAction.RETURN_RESULT, (d, actor, now) -> d.returnResult(actor, now));
    }

    @RolesAllowed({Roles.RECEPTION, Roles.LEADER})
    public void apologize(String code, long version, LocalDate newAppointment, String reason) {
        act(code, version, DossierAction.APOLOGIZE,
                (d, actor, now) -> d.apologize(actor, newAppointment, reason, now, calendars.current()));
    }

    // --- the applicant -------------------------------------------------------------------------

    /** The applicant supplements a dossier: new files, and a note; the clock starts again. */
    @RolesAllowed(Roles.CITIZEN)
    public void supplement(String code, long version, String note, List<DocumentUpload> uploads) {
        act(code, version, DossierAction.SUPPLEMENT, (d, actor, now) -> {
            if (uploads.isEmpty()) {
                throw new InvalidInputException("files", "dossier.supplement.noFiles");
            }
            checkSizes(d.getAttachments().stream().mapToLong(a -> a.getFile().getSize()).sum(), uploads);
            List<FieldProblem> problems = fileProblems(d.getProcedure(), uploads);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            List<StoredFile> stored = storeAll(d.getProcedure(), uploads);
            d.supplement(actor, note, now, calendars.current());
            attachAll(d, uploads, stored, now);
        });
    }

    @RolesAllowed(Roles.CITIZEN)
    public void cancel(String code, long version, String reason) {
        act(code, version, DossierAction.CANCEL, (d, actor, now) -> d.cancel(actor, reason, now));
    }

    @RolesAllowed(Roles.CITIZEN)
    public void rate(String code, SatisfactionRating rating, String comment) {
        Dossier d = find(code);
        act(code, d.getVersion(), DossierAction.RATE, (dossier, actor, now) -> dossier.rate(actor, rating, comment, now));
    }

    // --- reading --------------------------------------------------------------------------------

    /** A dossier for the signed-in viewer, with what they may do to it; refused if it is not theirs to see. */
    @RolesAllowed({Roles.CITIZEN, Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.UNIT_ADMIN,
            Roles.PROVINCE_ADMIN, Roles.DIC_MONITOR})
    public DossierDetail view(String code) {
        Actor actor = actor();
        Dossier d = visible(code, actor);
        WorkingCalendar calendar = calendars.current();
        return DossierDetail.of(d, d.allowedActions(actor), d.stepDueOn(calendar), mayHaveResult(d));
    }

    /** The signed-in citizen's dossiers, newest first. */
    @RolesAllowed(Roles.CITIZEN)
    public Page<DossierSummary> myDossiers(PageRequest page) {
        String me = session.getCallerPrincipal().getName();
        List<Dossier> found = em.createQuery("SELECT d FROM Dossier d JOIN FETCH d.procedure JOIN FETCH d.unit "
                        + "WHERE d.ownerUsername = :me ORDER BY d.submittedAt DESC, d.id DESC", Dossier.class)
                .setParameter("me", me).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(d) FROM Dossier d WHERE d.ownerUsername = :me", Long.class)
                .setParameter("me", me).getSingleResult();
        return new Page<>(found.stream().map(DossierSummary::of).toList(), total, page);
    }

    /** The signed-in applicant's notifications, newest first. */
    @RolesAllowed(Roles.CITIZEN)
    public List<Notification> myNotifications(int max) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.username = :me ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class).setParameter("me", session.getCallerPrincipal().getName())
                .setMaxResults(Math.min(max, 100)).getResultList();
    }

    /**
     * How deep a tray of several statuses is paged by merging each status's first rows: twice this
     * many ids stay within Oracle's 1,000 values in an IN list. Deeper pages take one query.
     */
    private static final int MERGED_TRAY_ROWS = 500;

    /** One tray of the signed-in official's inbox, oldest due first. */
    @RolesAllowed({Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.UNIT_ADMIN})
    public Page<DossierSummary> inbox(InboxTray tray, InboxOrder order, PageRequest page) {
        Actor actor = actor();
        TrayQuery q = trayQuery(tray, actor, unitId(actor));
        long total = count(q);
        String select = "SELECT d FROM Dossier d JOIN FETCH d.procedure JOIN FETCH d.unit ";
        TypedQuery<Dossier> found;
        int rows = page.offset() + page.size();
        if (q.statuses.size() > 1 && rows <= MERGED_TRAY_ROWS) {
            // each status's first rows in the tray's order, then that order over their union: the
            // page is among them, and every query is an equality on the index's leading columns
            List<Long> ids = new ArrayList<>();
            for (DossierStatus status : q.statuses) {
                ids.addAll(q.bind(em.createQuery("SELECT d.id FROM Dossier d " + q.where + " ORDER BY " + order.jpql,
                        Long.class), List.of(status)).setMaxResults(rows).getResultList());
            }
            if (ids.isEmpty()) {
                return new Page<>(List.of(), total, page);
            }
            found = em.createQuery(select + "WHERE d.id IN :ids ORDER BY " + order.jpql, Dossier.class)
                    .setParameter("ids", ids);
        } else {
            found = q.bind(em.createQuery(select + q.where + " ORDER BY " + order.jpql, Dossier.class), q.statuses);
        }
        List<DossierSummary> items = found.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(DossierSummary::of).toList();
        return new Page<>(items, total, page);
    }

    @RolesAllowed({Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.UNIT_ADMIN})
    public InboxCounts inboxCounts() {
        Actor actor = actor();
        long unitId = unitId(actor);
        long[] counts = new long[InboxTray.values().length];
        for (InboxTray tray : InboxTray.values()) {
            counts[tray.ordinal()] = count(trayQuery(tray, actor, unitId));
        }
        return new InboxCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /** A tray's size, one status at a time (see {@link TrayQuery}). */
    private long count(TrayQuery q) {
        long total = 0;
        for (DossierStatus status : q.statuses) {
            total += q.bind(em.createQuery("SELECT COUNT(d) FROM Dossier d " + q.where, Long.class), List.of(status))
                    .getSingleResult();
        }
        return total;
    }

    /** Public tracking: the code and the applicant's CCCD number must both match; no personal data is shown. */
    @PermitAll
    // a public read needs no transaction of its own (it joins a caller's), which would cost two more
    // round trips to the database (the XA branch's start and its commit): README, "Performance"
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TrackingView> track(String code, String citizenId) {
        if (code == null || citizenId == null || code.length() > 64 || citizenId.length() > 12) {
            return Optional.empty();
        }
        // two narrow queries instead of the dossier with its form, procedure, unit and history: the
        // public lookup is the platform's busiest read (README, "Performance")
        List<Object[]> found = em.createQuery("select d.id, d.code, v.name, u.name, d.status, d.submittedAt, d.receivedOn,"
                        + " d.appointmentOn, d.completedOn from Dossier d join d.procedure v join d.unit u"
                        + " where d.code = :code and d.applicant.citizenId = :citizenId", Object[].class)
                .setParameter("code", code.strip()).setParameter("citizenId", citizenId.strip()).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] d = found.get(0);
        List<TrackingView.Step> history = em.createQuery("select new vn.camau.egov.dossier.application.TrackingView.Step("
                        + "e.occurredAt, e.action, e.toStatus, e.unitCode) from DossierEvent e where e.dossier.id = :id"
                        + " order by e.id", TrackingView.Step.class)
                .setParameter("id", d[0]).getResultList();
        return Optional.of(new TrackingView((String) d[1], (String) d[2], (String) d[3], (DossierStatus) d[4],
                (Instant) d[5], (LocalDate) d[6], (LocalDate) d[7], (LocalDate) d[8], history));
    }

    /** A file of a dossier, for a viewer allowed to see the dossier. */
    @RolesAllowed({Roles.CITIZEN, Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.UNIT_ADMIN,
            Roles.PROVINCE_ADMIN, Roles.DIC_MONITOR})
    public FileContent attachment(String code, long fileId) {
        Dossier d = visible(code, actor());
        StoredFile file = d.getAttachments().stream().map(Attachment::getFile).filter(f -> f.getId() == fileId)
                .findFirst()
                .or(() -> Optional.ofNullable(d.getResult()).filter(r -> r.getId() == fileId)
                        .filter(r -> mayHaveResult(d)))
                .orElseThrow(() -> new NotFoundException("file", fileId));
        return FileContent.of(file);
    }

    /**
     * What the public verification page shows about a dossier's returned electronic result: with
     * the code alone, the issuing unit and the time; with the key printed in the result's QR code,
     * also the procedure, the signature and the file's fingerprint. Never the applicant. Results
     * not yet returned are not shown: codes are easy to guess.
     */
    @PermitAll
    public Optional<ResultVerification> verification(String code, String key) {
        return returnedResult(code).map(d -> view(d, key != null && d.getResultKey() != null
                && java.security.MessageDigest.isEqual(key.getBytes(StandardCharsets.US_ASCII),
                d.getResultKey().getBytes(StandardCharsets.US_ASCII))));
    }

    /**
     * Checks a file someone holds against the dossier's returned electronic result: the very file
     * the unit issued (same fingerprint) with an intact signature. The genuine file earns the full
     * view, since its holder can read it anyway.
     */
    @PermitAll
    public ResultVerification.Checked checkResultFile(String code, Upload upload) {
        Optional<Dossier> found = returnedResult(code);
        if (found.isEmpty()) {
            return new ResultVerification.Checked(ResultVerification.FileCheck.NO_RESULT, null);
        }
        Dossier d = found.get();
        if (upload.content() == null || upload.size() == 0 || upload.size() > settings.maxFileBytes()) {
            return new ResultVerification.Checked(ResultVerification.FileCheck.NOT_SIGNED, view(d, false));
        }
        boolean intact = signer.verify(upload.content()).isPresent();
        boolean same = d.getResult().getSha256().equals(StoredFile.sha256(upload.content()));
        if (same && intact) {
            return new ResultVerification.Checked(ResultVerification.FileCheck.GENUINE, view(d, true));
        }
        return new ResultVerification.Checked(intact ? ResultVerification.FileCheck.DIFFERENT
                : ResultVerification.FileCheck.NOT_SIGNED, view(d, false));
    }

    private Optional<Dossier> returnedResult(String code) {
        return code == null || code.length() > 64 ? Optional.empty()
                : findByCode(code).filter(d -> d.getStatus() == DossierStatus.DONE && d.getResult() != null
                        && d.getResultSigner() != null);
    }

    private static ResultVerification view(Dossier d, boolean full) {
        return full ? new ResultVerification(d.getCode(), d.getUnit().getName(), d.getResultSignedAt(),
                d.getProcedure().getName(), d.getResultSigner(), d.getResult().getSha256())
                : new ResultVerification(d.getCode(), d.getUnit().getName(), d.getResultSignedAt(), null, null, null);
    }

    /** The longest period one tracking log covers: a month, printed in one go. */
    static final int TRACKING_LOG_MAX_DAYS = 31;

    /** The most lines one printed log holds (some 150 pages); a busier unit prints a shorter period. */
    static final int TRACKING_LOG_MAX_ROWS = 3000;

    /**
     * Template 06 for a unit and a period of at most a month: the caller's own unit, or any unit
     * for a provincial administrator.
     */
    @RolesAllowed({Roles.RECEPTION, Roles.LEADER, Roles.UNIT_ADMIN, Roles.PROVINCE_ADMIN})
    public FileContent trackingLog(String unitCode, LocalDate from, LocalDate to) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("from", "trackingLog.from.required"));
        }
        if (to == null) {
            problems.add(new FieldProblem("to", "trackingLog.to.required"));
        }
        if (from != null && to != null && (to.isBefore(from) || from.plusDays(TRACKING_LOG_MAX_DAYS - 1).isBefore(to))) {
            problems.add(new FieldProblem("to", "trackingLog.period", TRACKING_LOG_MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String unit = unitCode;
        if (!session.isCallerInRole(Roles.PROVINCE_ADMIN)) {
            String mine = organization.currentOfficial().orElseThrow(AccessDeniedException::new).unit().code();
            if (unit != null && !unit.isBlank() && !unit.equals(mine)) {
                throw new AccessDeniedException();
            }
            unit = mine;
        }
        String unitName = organization.unit(unit).orElseThrow(() -> new NotFoundException("unit", unitCode)).name();
        long count = em.createQuery("SELECT COUNT(d) FROM Dossier d WHERE d.unit.code = :unit "
                        + "AND d.receivedOn BETWEEN :from AND :to", Long.class)
                .setParameter("unit", unit).setParameter("from", from).setParameter("to", to).getSingleResult();
        if (count > TRACKING_LOG_MAX_ROWS) {
            throw new InvalidInputException("to", "trackingLog.tooMany", count, TRACKING_LOG_MAX_ROWS);
        }
        List<Dossier> received = em.createQuery("SELECT d FROM Dossier d JOIN FETCH d.procedure WHERE d.unit.code = :unit "
                        + "AND d.receivedOn BETWEEN :from AND :to ORDER BY d.receivedOn, d.id", Dossier.class)
                .setParameter("unit", unit).setParameter("from", from).setParameter("to", to).getResultList();
        byte[] pdf = documents.trackingLog(unitName, from, to, received);
        return new FileContent(0, "so-theo-doi-" + unit + "-" + from + "-" + to + ".pdf", "application/pdf",
                StoredFile.sha256(pdf), pdf);
    }

    /** The applicant receives the result when the one-stop shop returns it; officials see it as soon as it is attached. */
    private boolean mayHaveResult(Dossier d) {
        return !session.isCallerInRole(Roles.CITIZEN) || d.getStatus() == DossierStatus.DONE;
    }

    /** A document of Circular 01 for the dossier: receipt, supplement request, refusal, apology, control slip. */
    @RolesAllowed({Roles.CITIZEN, Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.UNIT_ADMIN,
            Roles.PROVINCE_ADMIN, Roles.DIC_MONITOR})
    public FileContent document(String code, String which) {
        Dossier d = visible(code, actor());
        byte[] pdf = switch (which) {
            case "receipt" -> documents.receipt(d, calendars.current());
            case "supplement" -> requireThen(d.getSupplementRequest() != null, () -> documents.supplementRequest(d));
            case "refusal" -> requireThen(d.getRefusalReason() != null, () -> documents.refusal(d));
            case "apology" -> requireThen(d.getEvents().stream().anyMatch(e -> e.getAction() == DossierAction.APOLOGIZE),
                    () -> documents.apology(d));
            case "control" -> documents.controlSlip(d);
            default -> throw new NotFoundException("document", which);
        };
        return new FileContent(0, which + "-" + d.getCode() + ".pdf", "application/pdf",
                StoredFile.sha256(pdf), pdf);
    }

    /** Officials of the step's unit who hold its role: who a leader may assign. */
    @RolesAllowed(Roles.LEADER)
    public List<OfficialView> assignable(String code) {
        Dossier d = visible(code, actor());
        if (d.getStepRole() == null) {
            return List.of();
        }
        return organization.officialsWithRole(d.getStepUnitCode(), d.getStepRole());
    }

    // --- the machinery -----------------------------------------------------------------------

    /** What a dossier action does, given the dossier, the actor and the time. */
    @FunctionalInterface
    interface Change {
        void apply(Dossier dossier, Actor actor, Instant now);
    }

    private void act(String code, long expectedVersion, DossierAction action, Change change) {
        Actor actor = actor();
        Dossier d = visible(code, actor);
        if (d.getVersion() != expectedVersion) {
            throw new DossierRefusedException("dossier.refused.stale");
        }
        Instant now = Instant.now(clock);
        change.apply(d, actor, now);
        // two officials at once: the second finds the version moved and is told so
        Flushes.flush(em, () -> new DossierRefusedException("dossier.refused.stale"));
        changes.changed(d, action, now);
    }

    /**
     * Which dossiers a tray holds for this official. The trays select on the dossier's own unit_id
     * column, never through its unit's code: a join in the WHERE made the database walk the unit's
     * dossiers for every count (seconds per inbox with a million dossiers on H2, README "Performance").
     */
    private TrayQuery trayQuery(InboxTray tray, Actor actor, long unitId) {
        LocalDate today = VietnamTime.dateOf(Instant.now(clock));
        List<DossierStatus> open = List.of(DossierStatus.PROCESSING, DossierStatus.RELEASING);
        return switch (tray) {
            case NEW -> TrayQuery.unit(unitId, DossierStatus.NEW);
            case MY_STEP -> new TrayQuery("WHERE d.stepUnitCode = :unit AND d.stepRole IN :roles AND d.status IN :statuses "
                    + "AND (d.assignee IS NULL OR d.assignee = :me)", Map.of("unit", actor.unitCode(), "roles", actor.roles(),
                    "me", actor.username()), List.of(DossierStatus.PROCESSING));
            case DUE_SOON -> new TrayQuery(TrayQuery.UNIT + " AND d.dueOn >= :today AND d.dueOn <= :soon",
                    Map.of("unit", unitId, "today", today, "soon", calendars.current().addWorkingDays(today, 2)), open);
            case OVERDUE -> new TrayQuery(TrayQuery.UNIT + " AND d.dueOn < :today", Map.of("unit", unitId, "today", today),
                    open);
            case PAUSED -> TrayQuery.unit(unitId, DossierStatus.WAITING_SUPPLEMENT);
            case RELEASING -> TrayQuery.unit(unitId, DossierStatus.RELEASING);
        };
    }

    /** The official's unit's id, or one no unit has. */
    private long unitId(Actor actor) {
        return em.createQuery("SELECT u.id FROM Unit u WHERE u.code = :code", Long.class)
                .setParameter("code", actor.unitCode()).getResultStream().findFirst().orElse(-1L);
    }

    /**
     * A tray: a condition with {@code d.status IN :statuses}, and the statuses it holds. Counts and
     * pages ask one status at a time where they can: with a list of statuses and a range on the due
     * date, H2 reads every index entry of the unit (139,646 for one department with a million
     * dossiers) instead of the tray's few hundred.
     */
    private record TrayQuery(String where, Map<String, Object> parameters, List<DossierStatus> statuses) {

        static final String UNIT = "WHERE d.unitId = :unit AND d.status IN :statuses";

        static TrayQuery unit(long unitId, DossierStatus status) {
            return new TrayQuery(UNIT, Map.of("unit", unitId), List.of(status));
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query, List<DossierStatus> which) {
            parameters.forEach(query::setParameter);
            return query.setParameter("statuses", which);
        }
    }

    private Dossier visible(String code, Actor actor) {
        Dossier d = find(code);
        boolean sees;
        if (actor.has(Role.CITIZEN)) {
            sees = d.isOwnedBy(actor.username());
        } else if (actor.has(Role.PROVINCE_ADMIN) || actor.has(Role.DIC_MONITOR)) {
            sees = true;
        } else {
            sees = actor.worksIn(d.getUnit().getCode()) || actor.worksIn(d.getStepUnitCode())
                    || d.getEvents().stream().anyMatch(e -> actor.worksIn(e.getUnitCode()));
        }
        if (!sees) {
            // the same answer as for a code that does not exist: no one learns which codes are in use
            throw new NotFoundException(DOSSIER, code);
        }
        return d;
    }

    private Dossier find(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException(DOSSIER, code));
    }

    private Optional<Dossier> findByCode(String code) {
        return em.createNamedQuery("Dossier.findByCode", Dossier.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The signed-in caller as the dossier sees them. */
    private Actor actor() {
        String username = session.getCallerPrincipal().getName();
        if (session.isCallerInRole(Roles.CITIZEN)) {
            String name = applicants.currentApplicant().map(ApplicantView::fullName).orElse(username);
            return Actor.citizen(username, name);
        }
        OfficialView me = organization.currentOfficial().orElseThrow(AccessDeniedException::new);
        return new Actor(username, me.fullName(), me.roles().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(me.roles()), me.unit().code());
    }

    private ProcedureVersion openProcedure(String code) {
        ProcedureVersion procedure = catalog.currentVersion(code);
        if (!procedure.getProcedure().isActive()) {
            throw new DossierRefusedException("dossier.refused.procedureWithdrawn");
        }
        return procedure;
    }

    private Unit unitOf(ProcedureVersion procedure) {
        return procedure.getProcedure().getUnit();
    }

    private String nextCode(ProcedureVersion procedure, Instant now) {
        DossierCodePattern pattern = new DossierCodePattern(settings.dossierCodePattern());
        Unit unit = unitOf(procedure);
        LocalDate day = VietnamTime.dateOf(now);
        long number = sequences.next(pattern.scope(unit.getAgencyId().value(), unit.getCode(), day));
        return pattern.format(unit.getAgencyId().value(), unit.getCode(), day, number);
    }

    /** Every mandatory document has a file, every file belongs to a document, and the sizes are within the limits. */
    private void checkUploads(ProcedureVersion procedure, List<DocumentUpload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        List<RequiredDocument> required = procedure.getDocuments();
        for (int i = 0; i < required.size(); i++) {
            RequiredDocument doc = required.get(i);
            boolean given = uploads.stream().anyMatch(u -> u.documentName().equals(doc.getName()) && u.upload().size() > 0);
            if (doc.isMandatory() && !given) {
                problems.add(new FieldProblem("document:" + i, "dossier.document.required", doc.getName()));
            }
        }
        for (DocumentUpload u : uploads) {
            if (required.stream().noneMatch(doc -> doc.getName().equals(u.documentName()))) {
                problems.add(new FieldProblem("files", "dossier.document.unknown", u.documentName()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        checkSizes(0, uploads);
    }

    private void checkSizes(long already, List<DocumentUpload> uploads) {
        long total = already + uploads.stream().mapToLong(u -> u.upload().size()).sum();
        if (total > settings.maxDossierBytes()) {
            throw new InvalidInputException("files", "dossier.files.tooLarge", settings.maxDossierBytes() / (1024 * 1024));
        }
    }

    private void attachAll(Dossier dossier, List<DocumentUpload> uploads, List<StoredFile> stored, Instant now) {
        for (int i = 0; i < uploads.size(); i++) {
            dossier.attach(uploads.get(i).documentName(), stored.get(i), now);
        }
    }

    /**
     * Writes the checked files before the dossier takes its code: the code's counter stays locked
     * until the transaction ends, and the files are most of what a submission writes, so concurrent
     * submissions to one unit wait for each other's dossier rows only (README, "Performance").
     */
    private void storeFiles(List<StoredFile> files) {
        files.forEach(em::persist);
        em.flush();
    }

    private void store(Dossier dossier) {
        em.persist(dossier);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new DossierRefusedException("dossier.refused.codeTaken", dossier.getCode());
        }
    }

    private static byte[] requireThen(boolean condition, java.util.function.Supplier<byte[]> document) {
        if (!condition) {
            throw new NotFoundException("document", "-");
        }
        return document.get();
    }
}
