package vn.camau.egov.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of a procedure's content. Never changed once made: a change to the procedure makes a
 * new version, and a dossier keeps pointing at the version it was submitted under.
 */
@Entity
@Table(name = "catalog_procedure_version")
public class ProcedureVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_procedure_version_seq")
    @SequenceGenerator(name = "catalog_procedure_version_seq", sequenceName = "catalog_procedure_version_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "procedure_id", nullable = false, updatable = false)
    private Procedure procedure;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 500, updatable = false)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "field_id", nullable = false, updatable = false)
    private Field field;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_level", nullable = false, length = 16, updatable = false)
    private ServiceLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_class", nullable = false, length = 16, updatable = false)
    private OnlineClass onlineClass;

    @Column(name = "processing_days", nullable = false, updatable = false)
    private int processingDays;

    @Column(name = "result_name", length = 500, updatable = false)
    private String resultName;

    @Column(name = "legal_basis", length = 4000, updatable = false)
    private String legalBasis;

    @Column(name = "priority_1819", nullable = false, updatable = false)
    private boolean priority1819;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_fee", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Fee> fees = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_document", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<RequiredDocument> documents = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_form_field", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<FormField> formFields = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_step", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ProcessStep> steps = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 128, updatable = false)
    private String createdBy;

    protected ProcedureVersion() {
        // for JPA
    }

    ProcedureVersion(Procedure procedure, int number, ProcedureContent content, Field field, Instant createdAt,
                     String createdBy) {
        this.procedure = Objects.requireNonNull(procedure);
        this.number = number;
        this.name = content.name();
        this.field = Objects.requireNonNull(field);
        this.level = content.level();
        this.onlineClass = content.onlineClass();
        this.processingDays = content.processingDays();
        this.resultName = content.resultName();
        this.legalBasis = content.legalBasis();
        this.priority1819 = content.priority1819();
        this.fees = new ArrayList<>(content.fees());
        this.documents = new ArrayList<>(content.documents());
        this.formFields = new ArrayList<>(content.formFields());
        this.steps = new ArrayList<>(content.steps());
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    /** The content of this version, to start the next one from. */
    public ProcedureContent content() {
        return new ProcedureContent(name, field.getCode(), level, onlineClass, processingDays, resultName, legalBasis,
                priority1819, fees, documents, formFields, steps);
    }

    public long totalFees() {
        return fees.stream().mapToLong(Fee::getAmount).sum();
    }

    public Long getId() {
        return id;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public Field getField() {
        return field;
    }

    public ServiceLevel getLevel() {
        return level;
    }

    public OnlineClass getOnlineClass() {
        return onlineClass;
    }

    public int getProcessingDays() {
        return processingDays;
    }

    public String getResultName() {
        return resultName;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public boolean isPriority1819() {
        return priority1819;
    }

    public List<Fee> getFees() {
        return List.copyOf(fees);
    }

    public List<RequiredDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public List<FormField> getFormFields() {
        return List.copyOf(formFields);
    }

    public List<ProcessStep> getSteps() {
        return List.copyOf(steps);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
