package vn.camau.egov.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** A fee or charge (phí, lệ phí) of a procedure, in đồng. */
@Embeddable
public class Fee implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "amount", nullable = false)
    private long amount;

    protected Fee() {
        // for JPA
    }

    public Fee(String name, long amount) {
        if (name == null || name.isBlank() || amount < 0) {
            throw new IllegalArgumentException("a fee needs a name and an amount of zero or more");
        }
        this.name = name;
        this.amount = amount;
    }

    public String getName() {
        return name;
    }

    public long getAmount() {
        return amount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fee other && name.equals(other.name) && amount == other.amount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, amount);
    }
}
