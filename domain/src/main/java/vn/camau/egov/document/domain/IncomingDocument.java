package vn.camau.egov.document.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.SearchText;
import vn.camau.egov.shared.domain.StoredFile;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An incoming document (văn bản đến): it arrives (over the axis, from another unit, or typed in
 * from paper), the clerk registers it with the next arrival number of the unit's incoming book
 * (or rejects it, with a reason), the leader assigns it to a handler with a deadline, the handler
 * processes and completes it. Each step's status goes back to a sender on the axis.
 */
@Entity
@Table(name = "incoming_document")
public class IncomingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incoming_document_seq")
    @SequenceGenerator(name = "incoming_document_seq", sequenceName = "incoming_document_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private IncomingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private IncomingSource source;

    /** edXML's DocumentId of the sender ("OrganId,yyyy/MM/dd,Number/Notation"): one document once per unit. */
    @Column(name = "document_id", nullable = false, length = 200, updatable = false)
    private String documentId;

    @Column(name = "sender_agency_id", nullable = false, length = 16, updatable = false)
    private String senderAgencyId;

    @Column(name = "sender_name", nullable = false, length = 255, updatable = false)
    private String senderName;

    @Column(name = "code_number", length = 20, updatable = false)
    private String codeNumber;

    @Column(name = "code_notation", length = 40, updatable = false)
    private String codeNotation;

    @Column(name = "promulgated_on", updatable = false)
    private LocalDate promulgatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", length = 24, updatable = false)
    private DocumentType type;

    /** Subject, summary and signer change only when the clerk takes a new version from the sender. */
    @Column(nullable = false, length = 500)
    private String subject;

    @Column(length = 500)
    private String summary;

    @Column(name = "signer_name", length = 255)
    private String signerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Urgency urgency;

    @Column(name = "arrived_at", nullable = false, updatable = false)
    private Instant arrivedAt;

    @Column(name = "arrived_on", nullable = false, updatable = false)
    private LocalDate arrivedOn;

    @Column(name = "book_year")
    private Integer bookYear;

    @Column(name = "arrival_number")
    private Integer arrivalNumber;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    /** Unit, year and arrival number in one: unique, so no arrival number is given twice. */
    @Column(name = "register_key", length = 40, unique = true)
    private String registerKey;

    @Column(name = "assignee", length = 64)
    private String assignee;

    @Column(name = "assignee_name", length = 255)
    private String assigneeName;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "note", length = 1000)
    private String note;

    /** The sender asked to take the document back (status 13); the clerk agrees (15) or refuses (16). */
    @Column(name = "recall_requested", nullable = false)
    private boolean recallRequested;

    @Column(name = "recall_reason", length = 1000)
    private String recallReason;

    /**
     * The sender sent a new version of the document (an update or a replacement): kept here until
     * the clerk takes it (15) or refuses it (16).
     */
    @Column(name = "update_requested", nullable = false)
    private boolean updateRequested;

    @Column(name = "update_subject", length = 500)
    private String updateSubject;

    @Column(name = "update_summary", length = 500)
    private String updateSummary;

    @Column(name = "update_signer", length = 255)
    private String updateSigner;

    @Column(name = "update_reason", length = 1000)
    private String updateReason;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "incoming_document_update_file", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    @OrderBy("id")
    private List<StoredFile> updateAttachments = new ArrayList<>();

    @Column(name = "search_text", nullable = false, length = 800)
    private String searchText;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "incoming_document_file", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    @OrderBy("id")
    private List<StoredFile> attachments = new ArrayList<>();

    protected IncomingDocument() {
        // for JPA
    }

    /** What a sender says of its document, as it arrives. */
    public record Arrival(IncomingSource source, String documentId, String senderAgencyId, String senderName,
                          String codeNumber, String codeNotation, LocalDate promulgatedOn, DocumentType type,
                          String subject, String summary, String signerName, Urgency urgency, LocalDate dueOn) {
    }

    public static IncomingDocument arrived(Unit unit, Arrival a, List<StoredFile> files, Instant now) {
        IncomingDocument d = new IncomingDocument();
        d.unit = Objects.requireNonNull(unit);
        d.status = IncomingStatus.ARRIVED;
        d.source = Objects.requireNonNull(a.source());
        d.documentId = Objects.requireNonNull(a.documentId());
        d.senderAgencyId = Objects.requireNonNull(a.senderAgencyId());
        d.senderName = Objects.requireNonNull(a.senderName());
        d.codeNumber = a.codeNumber();
        d.codeNotation = a.codeNotation();
        d.promulgatedOn = a.promulgatedOn();
        d.type = a.type();
        d.subject = Objects.requireNonNull(a.subject());
        d.summary = a.summary();
        d.signerName = a.signerName();
        d.urgency = a.urgency() == null ? Urgency.NORMAL : a.urgency();
        d.dueOn = a.dueOn();
        d.arrivedAt = Objects.requireNonNull(now);
        d.arrivedOn = VietnamTime.dateOf(now);
        d.attachments.addAll(files);
        d.searchText = searchText(a.subject(), a.codeNumber(), a.codeNotation(), a.senderName());
        return d;
    }

    /** The clerk registers it in the incoming book with the next arrival number (taken in the same transaction). */
    public void register(Actor clerk, int number, Instant now) {
        requireStatus(IncomingStatus.ARRIVED);
        requireRole(clerk, Role.CLERK);
        status = IncomingStatus.REGISTERED;
        bookYear = VietnamTime.dateOf(now).getYear();
        arrivalNumber = number;
        registeredBy = clerk.username();
        registerKey = unit.getCode() + ":" + bookYear + ":" + number;
    }

    /** The clerk refuses it (wrong addressee, unreadable, incomplete): the sender is told why (status 02). */
    public void reject(Actor clerk, String reason) {
        requireStatus(IncomingStatus.ARRIVED);
        requireRole(clerk, Role.CLERK);
        note = requiredNote(reason);
        status = IncomingStatus.REJECTED;
    }

    /** The leader gives it to a handler of the unit, with a deadline; again to change either. */
    public void assign(Actor leader, String handler, String handlerName, LocalDate deadline, LocalDate today) {
        if (status != IncomingStatus.REGISTERED && status != IncomingStatus.ASSIGNED) {
            throw new DocumentRefusedException("document.refused.state");
        }
        requireRole(leader, Role.LEADER);
        if (deadline == null || deadline.isBefore(today)) {
            throw new DocumentRefusedException("document.refused.deadline");
        }
        assignee = Objects.requireNonNull(handler);
        assigneeName = Objects.requireNonNull(handlerName);
        dueOn = deadline;
        status = IncomingStatus.ASSIGNED;
    }

    public void start(Actor handler) {
        requireStatus(IncomingStatus.ASSIGNED);
        requireHandler(handler);
        status = IncomingStatus.PROCESSING;
    }

    public void complete(Actor handler, String result, Instant now) {
        if (status != IncomingStatus.ASSIGNED && status != IncomingStatus.PROCESSING) {
            throw new DocumentRefusedException("document.refused.state");
        }
        requireHandler(handler);
        note = requiredNote(result);
        completedAt = now;
        status = IncomingStatus.COMPLETED;
    }

    /** The sender asks for the document back (status 13): a request the clerk answers. */
    public void recallRequested(String reason) {
        if (status == IncomingStatus.RECALLED || status == IncomingStatus.REJECTED) {
            return;
        }
        recallRequested = true;
        // kept apart from the note, which may hold the handler's result
        recallReason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    /** The sender recalled it and the clerk agreed (status 15): it leaves the unit's work. */
    public void recalled(Actor clerk) {
        if (!recallRequested || status == IncomingStatus.RECALLED || status == IncomingStatus.REJECTED) {
            throw new DocumentRefusedException("document.refused.state");
        }
        requireRole(clerk, Role.CLERK);
        status = IncomingStatus.RECALLED;
        recallRequested = false;
    }

    /** The clerk keeps the document (status 16): work on it goes on. */
    public void recallRefused(Actor clerk) {
        if (!recallRequested) {
            throw new DocumentRefusedException("document.refused.state");
        }
        requireRole(clerk, Role.CLERK);
        recallRequested = false;
    }

    public boolean isRecallRequested() {
        return recallRequested;
    }

    public String getRecallReason() {
        return recallReason;
    }

    /** The sender sends a new version (update or replacement); a later one takes the place of one still pending. */
    public void updateRequested(String subject, String summary, String signerName, List<StoredFile> files, String reason) {
        if (status == IncomingStatus.RECALLED || status == IncomingStatus.REJECTED) {
            throw new DocumentRefusedException("document.refused.state");
        }
        updateRequested = true;
        updateSubject = Objects.requireNonNull(subject);
        updateSummary = summary;
        updateSigner = signerName;
        updateReason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        updateAttachments.clear();
        updateAttachments.addAll(files);
    }

    /** The clerk takes the new version (status 15): it replaces the document's content and files. */
    public void updateAccepted(Actor clerk) {
        requireUpdate(clerk);
        subject = updateSubject;
        summary = updateSummary;
        signerName = updateSigner;
        if (!updateAttachments.isEmpty()) {
            attachments.clear();
            attachments.addAll(updateAttachments);
        }
        searchText = searchText(subject, codeNumber, codeNotation, senderName);
        clearUpdate();
    }

    /** The clerk keeps the document as it was (status 16). */
    public void updateRefused(Actor clerk) {
        requireUpdate(clerk);
        clearUpdate();
    }

    private void requireUpdate(Actor clerk) {
        if (!updateRequested) {
            throw new DocumentRefusedException("document.refused.state");
        }
        requireRole(clerk, Role.CLERK);
    }

    private void clearUpdate() {
        updateRequested = false;
        updateSubject = null;
        updateSummary = null;
        updateSigner = null;
        updateReason = null;
        updateAttachments.clear();
    }

    public boolean isUpdateRequested() {
        return updateRequested;
    }

    public String getUpdateSubject() {
        return updateSubject;
    }

    public String getUpdateReason() {
        return updateReason;
    }

    public List<StoredFile> getUpdateAttachments() {
        return List.copyOf(updateAttachments);
    }

    /** What the register search reads, within its column. */
    private static String searchText(String subject, String number, String notation, String sender) {
        String text = SearchText.normalize(subject + " " + (number == null ? "" : number) + "/"
                + (notation == null ? "" : notation) + " " + sender);
        return text.length() <= 800 ? text : text.substring(0, 800);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    public Set<String> allowedActions(Actor actor) {
        Set<String> allowed = new LinkedHashSet<>();
        boolean here = actor.worksIn(unit.getCode());
        boolean clerk = here && actor.has(Role.CLERK);
        boolean leader = here && actor.has(Role.LEADER);
        boolean handler = here && actor.username().equals(assignee);
        if (recallRequested && clerk) {
            allowed.addAll(List.of("agreeRecall", "refuseRecall"));
        }
        if (updateRequested && clerk) {
            allowed.addAll(List.of("agreeUpdate", "refuseUpdate"));
        }
        switch (status) {
            case ARRIVED -> {
                if (clerk) {
                    allowed.addAll(List.of("register", "reject"));
                }
            }
            case REGISTERED -> {
                if (leader) {
                    allowed.add("assign");
                }
            }
            case ASSIGNED -> {
                if (leader) {
                    allowed.add("assign");
                }
                if (handler) {
                    allowed.addAll(List.of("start", "complete"));
                }
            }
            case PROCESSING -> {
                if (handler) {
                    allowed.add("complete");
                }
            }
            default -> {
                // completed, rejected, recalled: closed
            }
        }
        return allowed;
    }

    public boolean isVisibleTo(Actor actor) {
        return actor.worksIn(unit.getCode()) || actor.has(Role.PROVINCE_ADMIN);
    }

    private static String requiredNote(String text) {
        String n = text == null ? null : text.strip();
        if (n == null || n.isEmpty() || n.length() > 1000) {
            throw new DocumentRefusedException("document.refused.noteRequired");
        }
        return n;
    }

    private void requireStatus(IncomingStatus expected) {
        if (status != expected) {
            throw new DocumentRefusedException("document.refused.state");
        }
    }

    private void requireRole(Actor actor, Role role) {
        if (!actor.has(role) || !actor.worksIn(unit.getCode())) {
            throw new DocumentRefusedException("document.refused.role");
        }
    }

    private void requireHandler(Actor actor) {
        if (!actor.username().equals(assignee) || !actor.worksIn(unit.getCode())) {
            throw new DocumentRefusedException("document.refused.notHandler");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Unit getUnit() {
        return unit;
    }

    public IncomingStatus getStatus() {
        return status;
    }

    public IncomingSource getSource() {
        return source;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getSenderAgencyId() {
        return senderAgencyId;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getCodeNumber() {
        return codeNumber;
    }

    public String getCodeNotation() {
        return codeNotation;
    }

    public LocalDate getPromulgatedOn() {
        return promulgatedOn;
    }

    public DocumentType getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public String getSummary() {
        return summary;
    }

    public String getSignerName() {
        return signerName;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public LocalDate getArrivedOn() {
        return arrivedOn;
    }

    public Integer getBookYear() {
        return bookYear;
    }

    public Integer getArrivalNumber() {
        return arrivalNumber;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getNote() {
        return note;
    }

    public List<StoredFile> getAttachments() {
        return List.copyOf(attachments);
    }
}
