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

import java.time.Instant;

/** A unit's yes or no to one OSI question for a year, and who gave it. */
@Entity
@Table(name = "osi_answer")
public class OsiAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "osi_answer_seq")
    @SequenceGenerator(name = "osi_answer_seq", sequenceName = "osi_answer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "answer_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "question_code", nullable = false, length = 16)
    private String questionCode;

    @Column(nullable = false)
    private boolean yes;

    @Column(name = "answered_by", nullable = false, length = 64)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected OsiAnswer() {
        // for JPA
    }

    public OsiAnswer(int year, Unit unit, String questionCode) {
        this.year = year;
        this.unit = unit;
        this.questionCode = questionCode;
    }

    public void answer(boolean yes, String by, Instant at) {
        this.yes = yes;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public boolean isYes() {
        return yes;
    }

    public Unit getUnit() {
        return unit;
    }
}
