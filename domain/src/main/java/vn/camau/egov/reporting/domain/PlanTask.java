package vn.camau.egov.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.organization.domain.Unit;

/**
 * A task of the province's plan (Kế hoạch 36a, sections II and IV), loaded as data by the
 * migrations. A task for all departments and districts concerns every unit; any other names its
 * owner as the plan does, and the provincial administrator links that owner to a unit of this
 * installation.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_task_seq")
    @SequenceGenerator(name = "plan_task_seq", sequenceName = "plan_task_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false, length = 1000)
    private String content;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "all_units", nullable = false)
    private boolean allUnits;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "due_year", nullable = false)
    private int dueYear;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PlanTask() {
        // for JPA
    }

    /** Whether the unit reports on this task. */
    public boolean concerns(Unit u) {
        return allUnits || (unit != null && unit.getId().equals(u.getId()));
    }

    /** Links a named owner to the unit that is that owner here. */
    public void assignTo(Unit owner) {
        if (allUnits) {
            throw new ReportRefusedException("plan.refused.allUnits");
        }
        this.unit = owner;
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

    public String getContent() {
        return content;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public boolean isAllUnits() {
        return allUnits;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getDueYear() {
        return dueYear;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
