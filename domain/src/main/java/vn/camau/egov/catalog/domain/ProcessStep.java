package vn.camau.egov.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.camau.egov.identity.domain.Role;

import java.io.Serializable;
import java.util.Objects;

/**
 * One step of a procedure's internal process (quy trình nội bộ, ISO 9001): what is done, by which
 * role in which unit (none: the unit that implements the procedure), within how many working days.
 */
@Embeddable
public class ProcessStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "unit_code", length = 32)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Role role;

    @Column(name = "budget_days", nullable = false)
    private int budgetDays;

    protected ProcessStep() {
        // for JPA
    }

    public ProcessStep(String name, String unitCode, Role role, int budgetDays) {
        if (name == null || name.isBlank() || budgetDays < 0) {
            throw new IllegalArgumentException("a step needs a name and a budget of zero or more days");
        }
        if (role == null || !role.isOfficialRole()) {
            throw new IllegalArgumentException("a step is done by an official's role");
        }
        this.name = name;
        this.unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode;
        this.role = role;
        this.budgetDays = budgetDays;
    }

    public String getName() {
        return name;
    }

    /** The unit that does the step; null means the unit implementing the procedure. */
    public String getUnitCode() {
        return unitCode;
    }

    public Role getRole() {
        return role;
    }

    public int getBudgetDays() {
        return budgetDays;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessStep other && name.equals(other.name) && Objects.equals(unitCode, other.unitCode)
                && role == other.role && budgetDays == other.budgetDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unitCode, role, budgetDays);
    }
}
