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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.organization.domain.Unit;

import java.time.LocalDate;

/** Where one unit stands on one plan task: what its last accepted report said. */
@Entity
@Table(name = "plan_task_progress")
public class PlanTaskProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_task_progress_seq")
    @SequenceGenerator(name = "plan_task_progress_seq", sequenceName = "plan_task_progress_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private PlanTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TaskStatus status;

    @Column(length = 1000)
    private String evidence;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "updated_on", nullable = false)
    private LocalDate updatedOn;

    protected PlanTaskProgress() {
        // for JPA
    }

    public PlanTaskProgress(PlanTask task, Unit unit) {
        this.task = task;
        this.unit = unit;
    }

    public void reported(ReportTaskResult r, long reportId, LocalDate on) {
        this.status = r.getStatus();
        this.evidence = r.getEvidence();
        this.reportId = reportId;
        this.updatedOn = on;
    }

    public PlanTask getTask() {
        return task;
    }

    public Unit getUnit() {
        return unit;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getEvidence() {
        return evidence;
    }

    public long getReportId() {
        return reportId;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }
}
