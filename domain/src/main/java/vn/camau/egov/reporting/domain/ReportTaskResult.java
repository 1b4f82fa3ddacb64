package vn.camau.egov.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One plan task in one report: the unit's status, what it did and where to see it. */
@Entity
@Table(name = "report_task_result")
public class ReportTaskResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_task_result_seq")
    @SequenceGenerator(name = "report_task_result_seq", sequenceName = "report_task_result_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private PeriodicReport report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private PlanTask task;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TaskStatus status = TaskStatus.NOT_STARTED;

    @Lob
    @Column(name = "result")
    private String result;

    @Column(length = 1000)
    private String evidence;

    protected ReportTaskResult() {
        // for JPA
    }

    ReportTaskResult(PeriodicReport report, PlanTask task) {
        this.report = report;
        this.task = task;
    }

    void write(TaskStatus status, String result, String evidence) {
        this.status = status;
        this.result = result;
        this.evidence = evidence;
    }

    public Long getId() {
        return id;
    }

    public PlanTask getTask() {
        return task;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getResult() {
        return result;
    }

    public String getEvidence() {
        return evidence;
    }
}
