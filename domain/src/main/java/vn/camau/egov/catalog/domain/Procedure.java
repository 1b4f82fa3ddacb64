package vn.camau.egov.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.SearchText;

import java.time.Instant;
import java.util.Objects;

/**
 * An administrative procedure (thủ tục hành chính) of one implementing unit, known by its national
 * code. Its content lives in versions; the procedure points at the current one and keeps copies of
 * what searches filter on and list (name, field, level, time, fees) so a page of results is one query.
 */
@Entity
@Table(name = "catalog_procedure")
@NamedQuery(name = "Procedure.findByCode", query = "SELECT p FROM Procedure p WHERE p.code = :code")
public class Procedure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_procedure_seq")
    @SequenceGenerator(name = "catalog_procedure_seq", sequenceName = "catalog_procedure_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    private ProcedureCode code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private ProcedureVersion current;

    @Column(nullable = false, length = 500)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "field_id", nullable = false)
    private Field field;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_level", nullable = false, length = 16)
    private ServiceLevel level;

    @Column(name = "processing_days", nullable = false)
    private int processingDays;

    @Column(name = "total_fees", nullable = false)
    private long totalFees;

    /** Code and name without diacritics, lower case: what searches compare with. */
    @Column(name = "search_text", nullable = false, length = 600)
    private String searchText;

    @Column(nullable = false)
    private boolean active = true;

    protected Procedure() {
        // for JPA
    }

    /**
     * A new procedure described by its first content; its first version comes from {@link #revise}.
     * (The procedure row must exist before its versions: the two point at each other.)
     */
    public Procedure(ProcedureCode code, Unit unit, ProcedureContent content, Field field) {
        this.code = Objects.requireNonNull(code);
        this.unit = Objects.requireNonNull(unit);
        describe(content, field);
    }

    /**
     * Makes a new version from validated content and makes it current. The first version is number 1.
     */
    public ProcedureVersion revise(ProcedureContent content, Field field, Instant now, String author) {
        int next = current == null ? 1 : current.getNumber() + 1;
        ProcedureVersion created = new ProcedureVersion(this, next, content, field, now, author);
        this.current = created;
        describe(content, field);
        return created;
    }

    private void describe(ProcedureContent content, Field field) {
        this.name = content.name();
        this.field = field;
        this.level = content.level();
        this.processingDays = content.processingDays();
        this.totalFees = content.totalFees();
        this.searchText = SearchText.normalize(code.value() + " " + content.name());
    }

    public void withdraw() {
        this.active = false;
    }

    public void reinstate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public ProcedureCode getCode() {
        return code;
    }

    public Unit getUnit() {
        return unit;
    }

    public ProcedureVersion getCurrent() {
        return current;
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

    public int getProcessingDays() {
        return processingDays;
    }

    public long getTotalFees() {
        return totalFees;
    }

    public String getSearchText() {
        return searchText;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Procedure other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
