package vn.camau.egov.dossier.domain;

import vn.camau.egov.identity.domain.Actor;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.catalog.domain.ProcedureVersion;
import vn.camau.egov.catalog.domain.ProcessStep;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.StoredFile;
import vn.camau.egov.shared.domain.Text;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.domain.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dossier (hồ sơ) and its state machine.
 * <p>
 * Online it starts {@link DossierStatus#NEW}; the one-stop shop accepts it (the clock starts: due
 * date = received date + the procedure's working days), refuses it with a reason, or asks for a
 * supplement (the clock stops until the applicant supplements it). An accepted dossier goes through
 * the procedure's steps; each step is done by its role in its unit, and a leader may assign it to
 * one official. After the last step the result is ready ({@link DossierStatus#RELEASING}); the
 * one-stop shop returns it, and the dossier is classed early, on time or late. A dossier that will
 * be late gets an apology with a new appointment date. Every action checks state, role, unit and
 * input, and records one line of history; a refused action changes nothing.
 */
@Entity
@Table(name = "dossier")
@NamedQuery(name = "Dossier.findByCode", query = "SELECT d FROM Dossier d WHERE d.code = :code")
public class Dossier {

    private static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    @SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 50)
    private Long id;

    /** Two officials acting at once: the second to commit fails instead of overwriting the first. */
    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "procedure_version_id", nullable = false, updatable = false)
    private ProcedureVersion procedure;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    /**
     * The same column as {@link #unit}, read-only: statistics group by it without joining the unit
     * table (a join there makes the database walk every dossier of each unit).
     */
    @Column(name = "unit_id", insertable = false, updatable = false)
    private Long unitId;

    /** The same column as {@link #procedure}, read-only, for the same reason: statistics per procedure. */
    @Column(name = "procedure_version_id", insertable = false, updatable = false)
    private Long procedureVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DossierStatus status;

    /** The National Public Service Portal's code of a dossier submitted there; unique. */
    @Column(name = "portal_code", length = 40, updatable = false)
    private String portalCode;

    @Embedded
    private ApplicantDetails applicant;

    /** The citizen account the dossier belongs to, if there is one. */
    @Column(name = "owner_username", length = 64)
    private String ownerUsername;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossier_form_value", joinColumns = @JoinColumn(name = "dossier_id"))
    @MapKeyColumn(name = "field_key", length = 40)
    @Column(name = "field_value", length = 1000)
    private Map<String, String> formData = new LinkedHashMap<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<DossierEvent> events = new ArrayList<>();

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    /** The date given to the applicant: the due date, or the later date of an apology letter. */
    @Column(name = "appointment_on")
    private LocalDate appointmentOn;

    @Column(name = "paused_days", nullable = false)
    private int pausedDays;

    @Column(name = "paused_on")
    private LocalDate pausedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "resume_status", length = 32)
    private DossierStatus resumeStatus;

    @Column(name = "step_index", nullable = false)
    private int stepIndex = -1;

    /** The unit and role of the current step, kept here so inboxes are found with an index. */
    @Column(name = "step_unit_code", length = 32)
    private String stepUnitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_role", length = 32)
    private Role stepRole;

    @Column(name = "step_started_on")
    private LocalDate stepStartedOn;

    @Column(length = 64)
    private String assignee;

    @Column(name = "supplement_request", length = MAX_NOTE)
    private String supplementRequest;

    @Column(name = "refusal_reason", length = MAX_NOTE)
    private String refusalReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "result_file_id")
    private StoredFile result;

    /** Whose key signed the result: the subject of the unit's certificate. */
    @Column(name = "result_signer", length = 300)
    private String resultSigner;

    @Column(name = "result_signed_at")
    private Instant resultSignedAt;

    /** The secret part of the result's verification address (in its QR code): it shows what the result is about. */
    @Column(name = "result_key", length = 32)
    private String resultKey;

    @Column(name = "fee_total", nullable = false, updatable = false)
    private long feeTotal;

    @Column(nullable = false)
    private boolean paid;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Timeliness timeliness;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private SatisfactionRating rating;

    @Column(name = "rating_comment", length = 1000)
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "postal_delivery", nullable = false)
    private boolean postalDelivery;

    protected Dossier() {
        // for JPA
    }

    private Dossier(String code, ProcedureVersion procedure, Unit unit, Channel channel, ApplicantDetails applicant,
                    String ownerUsername, Map<String, String> formData, boolean postalDelivery, Instant now) {
        this.code = Objects.requireNonNull(code);
        this.procedure = Objects.requireNonNull(procedure);
        this.unit = Objects.requireNonNull(unit);
        this.channel = Objects.requireNonNull(channel);
        this.applicant = Objects.requireNonNull(applicant);
        this.ownerUsername = ownerUsername;
        this.formData = new LinkedHashMap<>(formData);
        this.postalDelivery = postalDelivery;
        this.submittedAt = Objects.requireNonNull(now);
        this.feeTotal = procedure.totalFees();
    }

    /** A citizen submits online (level 3 and 4): the dossier waits for the one-stop shop. */
    public static Dossier submitOnline(String code, ProcedureVersion procedure, Unit unit, ApplicantDetails applicant,
                                       Actor citizen, Map<String, String> formData, boolean postalDelivery,
                                       Instant now) {
        if (!procedure.getLevel().acceptsOnlineSubmission()) {
            throw new DossierRefusedException("dossier.refused.notOnline", procedure.getLevel().number());
        }
        if (!citizen.has(Role.CITIZEN)) {
            throw new DossierRefusedException("dossier.refused.role");
        }
        Dossier d = new Dossier(code, procedure, unit, Channel.ONLINE, applicant, citizen.username(), formData,
                postalDelivery, now);
        d.status = DossierStatus.NEW;
        d.record(now, DossierAction.SUBMIT, null, citizen, null, null);
        return d;
    }

    /**
     * A reception officer registers a dossier brought to the counter: checked on the spot, so it is
     * accepted at once and its clock starts.
     */
    public static Dossier receiveAtCounter(String code, ProcedureVersion procedure, Unit unit,
                                           ApplicantDetails applicant, String ownerUsername, Actor officer,
                                           Map<String, String> formData, boolean postalDelivery, Instant now,
                                           WorkingCalendar calendar) {
        if (!officer.has(Role.RECEPTION) || !officer.worksIn(unit.getCode())) {
            throw new DossierRefusedException("dossier.refused.reception");
        }
        Dossier d = new Dossier(code, procedure, unit, Channel.COUNTER, applicant, ownerUsername, formData,
                postalDelivery, now);
        d.status = DossierStatus.PROCESSING;
        d.startClock(now, calendar);
        d.record(now, DossierAction.RECEIVE_AT_COUNTER, null, officer, null, null);
        return d;
    }

    /**
     * A dossier a citizen submitted on the National Public Service Portal: it waits for the one-stop
     * shop like one submitted here, and keeps the portal's code.
     */
    public static Dossier fromNationalPortal(String code, String portalCode, ProcedureVersion procedure, Unit unit,
                                             ApplicantDetails applicant, String ownerUsername, Map<String, String> formData,
                                             boolean postalDelivery, Actor portal, Instant now) {
        if (!procedure.getLevel().acceptsOnlineSubmission()) {
            throw new DossierRefusedException("dossier.refused.notOnline", procedure.getLevel().number());
        }
        Dossier d = new Dossier(code, procedure, unit, Channel.NATIONAL_PORTAL, applicant, ownerUsername, formData,
                postalDelivery, now);
        d.portalCode = Objects.requireNonNull(portalCode);
        d.status = DossierStatus.NEW;
        d.record(now, DossierAction.SUBMIT, null, portal, null, null);
        return d;
    }

    public void attach(String documentName, StoredFile file, Instant now) {
        if (status.isFinal()) {
            throw new DossierRefusedException("dossier.refused.state", status.name());
        }
        attachments.add(new Attachment(this, documentName, file, now));
    }

    /** Reception accepts a dossier submitted online: the clock starts. */
    public void accept(Actor officer, Instant now, WorkingCalendar calendar) {
        requireStatus(DossierStatus.NEW);
        requireReception(officer);
        DossierStatus from = status;
        status = DossierStatus.PROCESSING;
        startClock(now, calendar);
        record(now, DossierAction.ACCEPT, from, officer, null, null);
    }

    /** Reception refuses a dossier (template 03); the reason is required and goes to the applicant. */
    public void refuse(Actor officer, String reason, Instant now) {
        requireStatus(DossierStatus.NEW);
        requireReception(officer);
        String why = requiredNote(reason, "reason");
        DossierStatus from = status;
        status = DossierStatus.DENIED;
        refusalReason = why;
        completedAt = now;
        completedOn = VietnamTime.dateOf(now);
        record(now, DossierAction.REFUSE, from, officer, null, why);
    }

    /**
     * Asks the applicant to supplement the dossier (template 02): at reception, or by the handler of
     * the current step. The clock stops until the applicant supplements it.
     */
    public void requestSupplement(Actor official, String request, Instant now) {
        String what = requiredNote(request, "request");
        if (status == DossierStatus.NEW) {
            requireReception(official);
        } else if (status == DossierStatus.PROCESSING) {
            requireHandler(official);
            pausedOn = VietnamTime.dateOf(now);
        } else {
            throw stateRefusal();
        }
        DossierStatus from = status;
        resumeStatus = status;
        status = DossierStatus.WAITING_SUPPLEMENT;
        supplementRequest = what;
        record(now, DossierAction.REQUEST_SUPPLEMENT, from, official, currentStepName(), what);
    }

    /**
     * The applicant supplements the dossier (their new files are attached by the caller): it goes
     * back where it was, and the due date moves by the working days it waited.
     */
    public void supplement(Actor citizen, String note, Instant now, WorkingCalendar calendar) {
        requireStatus(DossierStatus.WAITING_SUPPLEMENT);
        requireOwner(citizen);
        DossierStatus from = status;
        status = resumeStatus;
        resumeStatus = null;
        if (pausedOn != null) {
            int waited = calendar.workingDaysBetween(pausedOn, VietnamTime.dateOf(now));
            pausedDays += waited;
            dueOn = calendar.addWorkingDays(dueOn, waited);
            appointmentOn = appointmentOn.isBefore(dueOn) ? dueOn : appointmentOn;
            pausedOn = null;
        }
        record(now, DossierAction.SUPPLEMENT, from, citizen, currentStepName(), clean(note));
    }

    /** A leader of the step's unit gives the current step to one official (who must hold the step's role: the caller checks). */
    public void assign(Actor leader, String assigneeUsername, String assigneeName, Instant now) {
        requireStatus(DossierStatus.PROCESSING);
        if (!leader.has(Role.LEADER) || !leader.worksIn(stepUnitCode)) {
            throw new DossierRefusedException("dossier.refused.assign");
        }
        this.assignee = Objects.requireNonNull(assigneeUsername);
        record(now, DossierAction.ASSIGN, status, leader, currentStepName(), assigneeName);
    }

    /**
     * The handler finishes the current step; the dossier moves to the next step, or, after the
     * last, its result is ready to return.
     */
    public void completeStep(Actor official, String note, Instant now) {
        requireStatus(DossierStatus.PROCESSING);
        requireHandler(official);
        String done = currentStepName();
        List<ProcessStep> steps = procedure.getSteps();
        DossierStatus from = status;
        if (stepIndex + 1 < steps.size()) {
            enterStep(stepIndex + 1, now);
        } else {
            status = DossierStatus.RELEASING;
            stepIndex = steps.size();
            stepUnitCode = unit.getCode();
            stepRole = Role.RECEPTION;
            assignee = null;
        }
        record(now, DossierAction.COMPLETE_STEP, from, official, done, clean(note));
    }

    /**
     * The result document joins the dossier, while processing (by the current step's handler) or
     * before it is returned (by the unit): a PDF, already signed with the unit's key ({@code signer}
     * is the key's certificate subject), verifiable publicly with {@code key}. A new result
     * replaces the previous one.
     */
    public void attachResult(Actor official, StoredFile resultFile, String signer, String key, Instant now) {
        if (status != DossierStatus.PROCESSING && status != DossierStatus.RELEASING) {
            throw stateRefusal();
        }
        if (!official.worksIn(unit.getCode()) && !official.worksIn(stepUnitCode)) {
            throw new DossierRefusedException("dossier.refused.unit");
        }
        if (status == DossierStatus.PROCESSING && !isHandledBy(official)) {
            // while processing, the result is the current step's work
            throw new DossierRefusedException("dossier.refused.handler", currentStepName());
        }
        if (resultFile.getKind() != vn.camau.egov.shared.domain.FileKind.PDF) {
            throw new DossierRefusedException("dossier.refused.resultNotPdf");
        }
        this.result = Objects.requireNonNull(resultFile);
        this.resultSigner = Objects.requireNonNull(signer);
        this.resultKey = Objects.requireNonNull(key);
        this.resultSignedAt = now;
        record(now, DossierAction.ATTACH_RESULT, status, official, currentStepName(), resultFile.getName());
    }

    /**
     * Reception returns the result. A level-4 dossier submitted online must have its fees paid
     * and its electronic result attached first. The dossier is then classed early, on time or late against its due date.
     */
    public void returnResult(Actor officer, Instant now) {
        requireStatus(DossierStatus.RELEASING);
        requireReception(officer);
        if (mustPayOnline() && !paid) {
            throw new DossierRefusedException("dossier.refused.unpaid");
        }
        if (resultOnline() && result == null) {
            throw new DossierRefusedException("dossier.refused.noResult");
        }
        DossierStatus from = status;
        status = DossierStatus.DONE;
        completedAt = now;
        completedOn = VietnamTime.dateOf(now);
        timeliness = Timeliness.of(completedOn, dueOn);
        stepUnitCode = null;
        stepRole = null;
        record(now, DossierAction.RETURN_RESULT, from, officer, null, null);
    }

    /**
     * A dossier that will be late gets an apology letter (template 04) with a new appointment date,
     * later than the due date. It is still counted late against the due date.
     */
    public void apologize(Actor official, LocalDate newAppointment, String reason, Instant now,
                          WorkingCalendar calendar) {
        if (status != DossierStatus.PROCESSING && status != DossierStatus.RELEASING) {
            throw stateRefusal();
        }
        if (!(official.has(Role.LEADER) || official.has(Role.RECEPTION)) || !official.worksIn(unit.getCode())) {
            throw new DossierRefusedException("dossier.refused.apology");
        }
        String why = requiredNote(reason, "reason");
        if (newAppointment == null || !newAppointment.isAfter(dueOn) || !calendar.isWorkingDay(newAppointment)) {
            throw new DossierRefusedException("dossier.refused.appointment", dueOn.toString());
        }
        appointmentOn = newAppointment;
        record(now, DossierAction.APOLOGIZE, status, official, currentStepName(), why);
    }

    /** The fees were paid; the amount must be exactly what the procedure asks. */
    public void recordPayment(long amount, Actor payer, String reference, Instant now) {
        if (status.isFinal()) {
            throw stateRefusal();
        }
        if (paid) {
            throw new DossierRefusedException("dossier.refused.alreadyPaid");
        }
        if (amount != feeTotal || feeTotal == 0) {
            throw new DossierRefusedException("dossier.refused.amount", feeTotal);
        }
        paid = true;
        record(now, DossierAction.PAY, status, payer, null, reference);
    }

    /** The applicant withdraws a dossier the one-stop shop has not accepted, or one waiting for a supplement. */
    public void cancel(Actor citizen, String reason, Instant now) {
        if (status != DossierStatus.NEW && status != DossierStatus.WAITING_SUPPLEMENT) {
            throw stateRefusal();
        }
        requireOwner(citizen);
        DossierStatus from = status;
        status = DossierStatus.CANCELLED;
        completedAt = now;
        completedOn = VietnamTime.dateOf(now);
        stepUnitCode = null;
        stepRole = null;
        record(now, DossierAction.CANCEL, from, citizen, null, clean(reason));
    }

    /** The applicant rates the service once the result is returned; once only. */
    public void rate(Actor citizen, SatisfactionRating value, String comment, Instant now) {
        requireStatus(DossierStatus.DONE);
        requireOwner(citizen);
        if (rating != null) {
            throw new DossierRefusedException("dossier.refused.alreadyRated");
        }
        String c = clean(comment);
        if (c != null && c.length() > 1000) {
            throw new DossierRefusedException("dossier.refused.commentTooLong", 1000);
        }
        rating = Objects.requireNonNull(value);
        ratingComment = c;
        ratedAt = now;
        record(now, DossierAction.RATE, status, citizen, null, value.name());
    }

    /**
     * What this actor may do to the dossier now: what pages offer. Each action checks again when
     * it is done.
     */
    public java.util.Set<DossierAction> allowedActions(Actor actor) {
        java.util.Set<DossierAction> allowed = java.util.EnumSet.noneOf(DossierAction.class);
        boolean owner = isOwnedBy(actor.username());
        boolean reception = actor.has(Role.RECEPTION) && actor.worksIn(unit.getCode());
        boolean payable = owner && mustPayOnline() && !paid && !status.isFinal();
        switch (status) {
            case NEW -> {
                if (reception) {
                    allowed.addAll(java.util.EnumSet.of(DossierAction.ACCEPT, DossierAction.REFUSE,
                            DossierAction.REQUEST_SUPPLEMENT));
                }
                if (owner) {
                    allowed.add(DossierAction.CANCEL);
                }
            }
            case PROCESSING -> {
                if (isHandledBy(actor)) {
                    allowed.addAll(java.util.EnumSet.of(DossierAction.COMPLETE_STEP, DossierAction.REQUEST_SUPPLEMENT,
                            DossierAction.ATTACH_RESULT));
                }
                if (actor.has(Role.LEADER) && actor.worksIn(stepUnitCode)) {
                    allowed.add(DossierAction.ASSIGN);
                }
                if ((actor.has(Role.LEADER) || reception) && actor.worksIn(unit.getCode())) {
                    allowed.add(DossierAction.APOLOGIZE);
                }
            }
            case WAITING_SUPPLEMENT -> {
                if (owner) {
                    allowed.addAll(java.util.EnumSet.of(DossierAction.SUPPLEMENT, DossierAction.CANCEL));
                }
            }
            case RELEASING -> {
                if (reception) {
                    allowed.addAll(java.util.EnumSet.of(DossierAction.RETURN_RESULT, DossierAction.APOLOGIZE));
                }
                if (actor.worksIn(unit.getCode()) && actor.roles().stream().anyMatch(Role::isOfficialRole)) {
                    allowed.add(DossierAction.ATTACH_RESULT);
                }
            }
            case DONE -> {
                if (owner && rating == null) {
                    allowed.add(DossierAction.RATE);
                }
            }
            default -> {
                // refused and withdrawn dossiers are closed
            }
        }
        if (payable) {
            allowed.add(DossierAction.PAY);
        }
        return allowed;
    }

    /** Whether the actor may do the current step now (its role, in its unit, and assigned to them if assigned). */
    public boolean isHandledBy(Actor official) {
        return status == DossierStatus.PROCESSING && stepRole != null && official.has(stepRole)
                && official.worksIn(stepUnitCode) && (assignee == null || assignee.equals(official.username()));
    }

    public boolean isOwnedBy(String username) {
        return ownerUsername != null && ownerUsername.equals(username);
    }

    public boolean mustPayOnline() {
        return resultOnline() && feeTotal > 0;
    }

    /** Level 4, submitted online: fees are paid and the result is delivered online (or also by post). */
    public boolean resultOnline() {
        return channel == Channel.ONLINE && procedure.getLevel().paysOnline();
    }

    public ProcessStep currentStep() {
        List<ProcessStep> steps = procedure.getSteps();
        return stepIndex >= 0 && stepIndex < steps.size() ? steps.get(stepIndex) : null;
    }

    /** The date by which the current step should be done, from its own time budget. */
    public LocalDate stepDueOn(WorkingCalendar calendar) {
        ProcessStep step = currentStep();
        return step == null || stepStartedOn == null ? null : calendar.addWorkingDays(stepStartedOn, step.getBudgetDays());
    }

    private void startClock(Instant now, WorkingCalendar calendar) {
        receivedOn = VietnamTime.dateOf(now);
        dueOn = calendar.addWorkingDays(receivedOn, procedure.getProcessingDays());
        appointmentOn = dueOn;
        enterStep(0, now);
    }

    private void enterStep(int index, Instant now) {
        ProcessStep step = procedure.getSteps().get(index);
        stepIndex = index;
        stepUnitCode = step.getUnitCode() == null ? unit.getCode() : step.getUnitCode();
        stepRole = step.getRole();
        stepStartedOn = VietnamTime.dateOf(now);
        assignee = null;
    }

    private String currentStepName() {
        ProcessStep step = currentStep();
        return step == null ? null : step.getName();
    }

    private void record(Instant now, DossierAction action, DossierStatus from, Actor actor, String stepName,
                        String note) {
        events.add(new DossierEvent(this, now, action, from, status, actor, stepName, note));
    }

    private void requireStatus(DossierStatus expected) {
        if (status != expected) {
            throw stateRefusal();
        }
    }

    private DossierRefusedException stateRefusal() {
        return new DossierRefusedException("dossier.refused.state", status.name());
    }

    private void requireReception(Actor officer) {
        if (!officer.has(Role.RECEPTION) || !officer.worksIn(unit.getCode())) {
            throw new DossierRefusedException("dossier.refused.reception");
        }
    }

    private void requireHandler(Actor official) {
        if (!isHandledBy(official)) {
            throw new DossierRefusedException("dossier.refused.handler", currentStepName());
        }
    }

    private void requireOwner(Actor citizen) {
        if (!isOwnedBy(citizen.username())) {
            throw new DossierRefusedException("dossier.refused.notOwner");
        }
    }

    private static String requiredNote(String text, String field) {
        String cleaned = clean(text);
        if (cleaned == null) {
            throw new DossierRefusedException("dossier.refused.noteRequired." + field);
        }
        if (cleaned.length() > MAX_NOTE || Text.hasControlCharacters(cleaned)) {
            throw new DossierRefusedException("dossier.refused.noteTooLong", MAX_NOTE);
        }
        return cleaned;
    }

    private static String clean(String text) {
        String cleaned = Text.clean(text);
        return cleaned == null ? null : cleaned.length() > MAX_NOTE ? cleaned.substring(0, MAX_NOTE) : cleaned;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public ProcedureVersion getProcedure() {
        return procedure;
    }

    public Unit getUnit() {
        return unit;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getPortalCode() {
        return portalCode;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public ApplicantDetails getApplicant() {
        return applicant;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public Map<String, String> getFormData() {
        return Map.copyOf(formData);
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public List<DossierEvent> getEvents() {
        return List.copyOf(events);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getAppointmentOn() {
        return appointmentOn;
    }

    public int getPausedDays() {
        return pausedDays;
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public String getStepUnitCode() {
        return stepUnitCode;
    }

    public Role getStepRole() {
        return stepRole;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getSupplementRequest() {
        return supplementRequest;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public StoredFile getResult() {
        return result;
    }

    public String getResultSigner() {
        return resultSigner;
    }

    public Instant getResultSignedAt() {
        return resultSignedAt;
    }

    public String getResultKey() {
        return resultKey;
    }

    public long getFeeTotal() {
        return feeTotal;
    }

    public boolean isPaid() {
        return paid;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Timeliness getTimeliness() {
        return timeliness;
    }

    public SatisfactionRating getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public boolean isPostalDelivery() {
        return postalDelivery;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Dossier other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
