package vn.camau.egov.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number given out in one numbering scope (dossier codes of one unit and day, say). */
@Entity
@Table(name = "code_counter")
public class CodeCounter {

    @Id
    @Column(length = 100)
    private String scope;

    @Column(name = "next_value", nullable = false)
    private long nextValue;

    protected CodeCounter() {
        // for JPA
    }

    public CodeCounter(String scope) {
        this.scope = scope;
        this.nextValue = 1;
    }

    /** Gives out the next number. */
    public long take() {
        return nextValue++;
    }

    public String getScope() {
        return scope;
    }
}
