package vn.camau.egov.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting period the Department opens: a quarter, a half year or a year, and the day its
 * reports are due. Consolidated once, when the Department issues the provincial report; after that
 * its reports no longer change.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_period_seq")
    @SequenceGenerator(name = "reporting_period_seq", sequenceName = "reporting_period_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PeriodKind kind;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_number", nullable = false)
    private int number;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "consolidated_at")
    private Instant consolidatedAt;

    @Column(name = "consolidated_by", length = 64)
    private String consolidatedBy;

    protected ReportingPeriod() {
        // for JPA
    }

    /** Refuses a number the kind does not have, and a due date before the period starts. */
    public static ReportingPeriod open(PeriodKind kind, int year, int number, LocalDate dueOn) {
        if (kind == null) {
            throw new InvalidInputException("kind", "report.period.kind");
        }
        if (year < 2015 || year > 2100) {
            throw new InvalidInputException("year", "report.period.year");
        }
        if (number < 1 || number > kind.perYear()) {
            throw new InvalidInputException("number", "report.period.number", kind.perYear());
        }
        ReportingPeriod p = new ReportingPeriod();
        p.kind = kind;
        p.year = year;
        p.number = number;
        p.startsOn = kind.firstDay(year, number);
        p.endsOn = kind.lastDay(year, number);
        if (dueOn == null || dueOn.isBefore(p.startsOn)) {
            throw new InvalidInputException("dueOn", "report.period.due");
        }
        p.dueOn = dueOn;
        return p;
    }

    public void consolidated(String by, Instant at) {
        if (consolidatedAt != null) {
            throw new ReportRefusedException("report.refused.consolidated");
        }
        consolidatedBy = by;
        consolidatedAt = at;
    }

    public boolean isConsolidated() {
        return consolidatedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getConsolidatedAt() {
        return consolidatedAt;
    }

    public String getConsolidatedBy() {
        return consolidatedBy;
    }
}
