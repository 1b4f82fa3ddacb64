package vn.camau.egov.document.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An outgoing document (văn bản đi): drafted by a specialist, sent to the unit's leader, approved,
 * then numbered by the clerk in the unit's register book for the year and issued to its
 * recipients. The number is given at issue, in the issuing transaction, so numbers are never
 * skipped nor reused. Each action checks the actor's role and unit.
 */
@Entity
@Table(name = "outgoing_document")
@NamedQuery(name = "OutgoingDocument.byId", query = "SELECT d FROM OutgoingDocument d WHERE d.id = :id")
public class OutgoingDocument {

    private static final DateTimeFormatter EDXML_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_document_seq")
    @SequenceGenerator(name = "outgoing_document_seq", sequenceName = "outgoing_document_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OutgoingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 24)
    private DocumentType type;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(length = 500)
    private String summary;

    @Column(name = "signer_name", nullable = false, length = 255)
    private String signerName;

    @Column(name = "signer_position", nullable = false, length = 255)
    private String signerPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Confidentiality confidentiality;

    @Column(name = "drafting_office", length = 10)
    private String draftingOffice;

    @Column(name = "drafted_by", nullable = false, length = 64, updatable = false)
    private String draftedBy;

    @Column(name = "drafted_by_name", nullable = false, length = 255, updatable = false)
    private String draftedByName;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "return_note", length = 1000)
    private String returnNote;

    /** The register book's year and number, and the notation: "123/UBND-VP". Set at issue. */
    @Column(name = "book_year")
    private Integer bookYear;

    @Column(name = "book_number")
    private Integer number;

    @Column(length = 40)
    private String notation;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    /** Unit, year and number in one: unique, so the database itself refuses a number given twice. */
    @Column(name = "register_key", length = 40, unique = true)
    private String registerKey;

    /** edXML's DocumentId, set at issue: how recipients' status messages find the document. */
    @Column(name = "exchange_id", length = 200, unique = true)
    private String exchangeId;

    @Column(name = "recall_reason", length = 1000)
    private String recallReason;

    /** Subject and notation without diacritics, for search. */
    @Column(name = "search_text", nullable = false, length = 600)
    private String searchText;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OutgoingRecipient> recipients = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "outgoing_document_file", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    @OrderBy("id")
    private List<StoredFile> attachments = new ArrayList<>();

    protected OutgoingDocument() {
        // for JPA
    }

    /** A specialist (or leader) of the unit drafts a document. */
    public static OutgoingDocument draft(Unit unit, Actor drafter, OutgoingContent content, List<StoredFile> files,
                                         Instant now) {
        if (!(drafter.has(Role.SPECIALIST) || drafter.has(Role.LEADER)) || !drafter.worksIn(unit.getCode())) {
            throw new DocumentRefusedException("document.refused.draft");
        }
        OutgoingDocument d = new OutgoingDocument();
        d.unit = unit;
        d.status = OutgoingStatus.DRAFT;
        d.draftedBy = drafter.username();
        d.draftedByName = drafter.name();
        d.draftedAt = Objects.requireNonNull(now);
        d.write(content.validated());
        d.attachments.addAll(files);
        return d;
    }

    /** The drafter changes a draft (also after the leader returned it). */
    public void revise(Actor drafter, OutgoingContent content, List<StoredFile> added) {
        requireStatus(OutgoingStatus.DRAFT);
        requireDrafter(drafter);
        write(content.validated());
        attachments.addAll(added);
    }

    private void write(OutgoingContent c) {
        type = c.type();
        subject = c.subject();
        summary = c.summary();
        signerName = c.signerName();
        signerPosition = c.signerPosition();
        urgency = c.urgency();
        confidentiality = c.confidentiality();
        draftingOffice = c.draftingOffice();
        // a recipient kept is the same row: removing and re-adding it would insert the new row before
        // the old one is deleted, against the (document, agency) key
        recipients.removeIf(old -> c.recipients().stream()
                .noneMatch(r -> r.agencyId().equals(old.getAgencyId()) && r.kind() == old.getKind()));
        for (OutgoingContent.Recipient r : c.recipients()) {
            if (recipients.stream().noneMatch(old -> old.getAgencyId().equals(r.agencyId()) && old.getKind() == r.kind())) {
                recipients.add(new OutgoingRecipient(this, r.kind(), r.agencyId(), r.name()));
            }
        }
        searchText = SearchText.normalize(subject);
    }

    public void submit(Actor drafter) {
        requireStatus(OutgoingStatus.DRAFT);
        requireDrafter(drafter);
        status = OutgoingStatus.SUBMITTED;
        returnNote = null;
    }

    public void approve(Actor leader, Instant now) {
        requireStatus(OutgoingStatus.SUBMITTED);
        requireRole(leader, Role.LEADER);
        status = OutgoingStatus.APPROVED;
        approvedBy = leader.username();
        approvedAt = now;
    }

    /** The leader sends the draft back with what to change. */
    public void returnToDrafter(Actor leader, String note) {
        requireStatus(OutgoingStatus.SUBMITTED);
        requireRole(leader, Role.LEADER);
        String n = note == null ? null : note.strip();
        if (n == null || n.isEmpty() || n.length() > 1000) {
            throw new DocumentRefusedException("document.refused.noteRequired");
        }
        status = OutgoingStatus.DRAFT;
        returnNote = n;
    }

    /**
     * The clerk issues the approved document: the next number of the unit's book for the year
     * (taken by the caller in the same transaction), the notation, the date.
     *
     * @param issuer the issuing agency's abbreviation in notations ("UBND", "STP")
     */
    public void issue(Actor clerk, int bookNumber, String issuer, Instant now) {
        requireStatus(OutgoingStatus.APPROVED);
        requireRole(clerk, Role.CLERK);
        LocalDate today = VietnamTime.dateOf(now);
        status = OutgoingStatus.ISSUED;
        bookYear = today.getYear();
        number = bookNumber;
        notation = type.notation(issuer, draftingOffice);
        issuedOn = today;
        issuedAt = now;
        issuedBy = clerk.username();
        registerKey = unit.getCode() + ":" + bookYear + ":" + number;
        exchangeId = documentId();
        searchText = SearchText.normalize(subject + " " + number + "/" + notation);
    }

    /** The issuing unit takes an issued document back; its recipients are asked to agree (status 13). */
    public void recall(Actor official, String reason) {
        requireStatus(OutgoingStatus.ISSUED);
        if (!(official.has(Role.LEADER) || official.has(Role.CLERK)) || !official.worksIn(unit.getCode())) {
            throw new DocumentRefusedException("document.refused.role");
        }
        String r = reason == null ? null : reason.strip();
        if (r == null || r.isEmpty() || r.length() > 1000) {
            throw new DocumentRefusedException("document.refused.noteRequired");
        }
        status = OutgoingStatus.RECALLED;
        recallReason = r;
    }

    /** What this actor may do now; each action checks again when done. */
    public Set<String> allowedActions(Actor actor) {
        Set<String> allowed = new java.util.LinkedHashSet<>();
        boolean here = actor.worksIn(unit.getCode());
        switch (status) {
            case DRAFT -> {
                if (actor.username().equals(draftedBy)) {
                    allowed.addAll(List.of("revise", "submit"));
                }
            }
            case SUBMITTED -> {
                if (here && actor.has(Role.LEADER)) {
                    allowed.addAll(List.of("approve", "return"));
                }
            }
            case APPROVED -> {
                if (here && actor.has(Role.CLERK)) {
                    allowed.add("issue");
                }
            }
            case ISSUED -> {
                if (here && (actor.has(Role.LEADER) || actor.has(Role.CLERK))) {
                    allowed.add("recall");
                }
            }
            default -> {
                // recalled: closed
            }
        }
        return allowed;
    }

    /** edXML's DocumentId: "OrganId,yyyy/MM/dd,Number/Notation". */
    public String documentId() {
        if (number == null) {
            throw new IllegalStateException("a document has an identifier once issued");
        }
        return unit.getAgencyId().value() + "," + EDXML_DATE.format(issuedOn) + "," + number + "/" + notation;
    }

    public String codeText() {
        return number == null ? null : number + "/" + notation;
    }

    private void requireStatus(OutgoingStatus expected) {
        if (status != expected) {
            throw new DocumentRefusedException("document.refused.state");
        }
    }

    private void requireDrafter(Actor actor) {
        if (!actor.username().equals(draftedBy)) {
            throw new DocumentRefusedException("document.refused.notDrafter");
        }
    }

    private void requireRole(Actor actor, Role role) {
        if (!actor.has(role) || !actor.worksIn(unit.getCode())) {
            throw new DocumentRefusedException("document.refused.role");
        }
    }

    public boolean isVisibleTo(Actor actor) {
        return actor.worksIn(unit.getCode()) || actor.has(Role.PROVINCE_ADMIN);
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

    public OutgoingStatus getStatus() {
        return status;
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

    public String getSignerPosition() {
        return signerPosition;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public String getDraftingOffice() {
        return draftingOffice;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public String getDraftedByName() {
        return draftedByName;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public Integer getBookYear() {
        return bookYear;
    }

    public Integer getNumber() {
        return number;
    }

    public String getNotation() {
        return notation;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getExchangeId() {
        return exchangeId;
    }

    public String getRecallReason() {
        return recallReason;
    }

    public List<OutgoingRecipient> getRecipients() {
        return List.copyOf(recipients);
    }

    public List<StoredFile> getAttachments() {
        return List.copyOf(attachments);
    }

    public Set<RecipientKind> recipientKinds() {
        Set<RecipientKind> kinds = EnumSet.noneOf(RecipientKind.class);
        recipients.forEach(r -> kinds.add(r.getKind()));
        return kinds;
    }
}
