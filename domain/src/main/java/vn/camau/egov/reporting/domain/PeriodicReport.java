package vn.camau.egov.reporting.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.identity.domain.Actor;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A unit's report for a reporting period (báo cáo định kỳ): its measured figures, its results per
 * plan task, difficulties and proposals. Drafted by the unit's officials, submitted by its leader,
 * returned with comments or accepted by the Department of Information and Communications.
 */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport {

    static final int TEXT = 4000;
    static final int RESULT = 2000;
    static final int EVIDENCE = 1000;
    static final int NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "periodic_report_seq")
    @SequenceGenerator(name = "periodic_report_seq", sequenceName = "periodic_report_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private ReportingPeriod period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportStatus status = ReportStatus.DRAFT;

    @Lob
    @Column(name = "difficulties")
    private String difficulties;

    @Lob
    @Column(name = "proposals")
    private String proposals;

    @Column(name = "review_note", length = NOTE)
    private String reviewNote;

    @Embedded
    private ReportFigures figures;

    @Column(name = "drafted_by", nullable = false, length = 64)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_by_name")
    private String submittedByName;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The day it was first submitted: a report returned and sent again is as timely as its first sending. */
    @Column(name = "first_submitted_on")
    private LocalDate firstSubmittedOn;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReportTaskResult> results = new ArrayList<>();

    protected PeriodicReport() {
        // for JPA
    }

    /** A new draft, one line per task that concerns the unit, pre-filled with the measured figures. */
    public static PeriodicReport draft(ReportingPeriod period, Unit unit, List<PlanTask> tasks, ReportFigures figures,
                                       Actor by, Instant now) {
        if (!by.worksIn(unit.getCode())) {
            throw new ReportRefusedException("report.refused.notYourUnit");
        }
        if (period.isConsolidated()) {
            throw new ReportRefusedException("report.refused.consolidated");
        }
        PeriodicReport r = new PeriodicReport();
        r.period = period;
        r.unit = unit;
        r.figures = figures;
        r.draftedBy = by.username();
        r.draftedAt = now;
        tasks.stream().filter(t -> t.concerns(unit)).forEach(t -> r.results.add(new ReportTaskResult(r, t)));
        return r;
    }

    /** The unit writes its report; only while it is a draft or back from the Department. */
    public void write(Actor by, String difficulties, String proposals, List<TaskReport> tasks) {
        mustBeEditableBy(by);
        List<FieldProblem> problems = new ArrayList<>();
        String d = trimmed(difficulties, "difficulties", TEXT, problems);
        String p = trimmed(proposals, "proposals", TEXT, problems);
        Map<Long, ReportTaskResult> byTask = results.stream()
                .collect(Collectors.toMap(r -> r.getTask().getId(), Function.identity()));
        for (TaskReport t : tasks) {
            ReportTaskResult line = byTask.get(t.taskId());
            if (line == null) {
                throw new ReportRefusedException("report.refused.task");
            }
            if (t.status() == null) {
                problems.add(new FieldProblem("task-" + t.taskId(), "report.task.status"));
            }
            trimmed(t.result(), "task-" + t.taskId(), RESULT, problems);
            trimmed(t.evidence(), "task-" + t.taskId(), EVIDENCE, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.difficulties = d;
        this.proposals = p;
        for (TaskReport t : tasks) {
            byTask.get(t.taskId()).write(t.status(), blankToNull(t.result()), blankToNull(t.evidence()));
        }
    }

    /**
     * The unit's leader sends it to the Department, with the figures measured now. A task marked
     * done must say what was done.
     */
    public void submit(Actor leader, ReportFigures measured, Instant now) {
        mustBeEditableBy(leader);
        if (!leader.has(Role.LEADER)) {
            throw new ReportRefusedException("report.refused.notLeader");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (ReportTaskResult r : results) {
            if (r.getStatus() == TaskStatus.DONE && r.getResult() == null) {
                problems.add(new FieldProblem("task-" + r.getTask().getId(), "report.task.resultNeeded", r.getTask().getCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        figures = measured;
        status = ReportStatus.SUBMITTED;
        submittedBy = leader.username();
        submittedByName = leader.name();
        submittedAt = now;
        if (firstSubmittedOn == null) {
            firstSubmittedOn = VietnamTime.dateOf(now);
        }
        reviewNote = null;
    }

    /** The Department sends it back with what to change. */
    public void returnToUnit(Actor reviewer, String note, Instant now) {
        mustBeSubmitted();
        if (note == null || note.isBlank() || note.strip().length() > NOTE) {
            throw new InvalidInputException("note", "report.review.note", NOTE);
        }
        status = ReportStatus.RETURNED;
        reviewNote = note.strip();
        reviewedBy = reviewer.username();
        reviewedAt = now;
    }

    public void accept(Actor reviewer, Instant now) {
        mustBeSubmitted();
        status = ReportStatus.ACCEPTED;
        reviewedBy = reviewer.username();
        reviewedAt = now;
    }

    /** Submitted after the due date (or not yet, and the date has passed). */
    public boolean isLate(LocalDate today) {
        LocalDate sent = firstSubmittedOn == null ? today : firstSubmittedOn;
        return sent.isAfter(period.getDueOn());
    }

    /** The unit's own officials, the Department and the provincial administration. */
    public boolean isVisibleTo(Actor actor) {
        return actor.worksIn(unit.getCode()) || actor.has(Role.DIC_MONITOR) || actor.has(Role.PROVINCE_ADMIN);
    }

    private void mustBeEditableBy(Actor by) {
        if (!by.worksIn(unit.getCode())) {
            throw new ReportRefusedException("report.refused.notYourUnit");
        }
        if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
            throw new ReportRefusedException("report.refused.state");
        }
        if (period.isConsolidated()) {
            throw new ReportRefusedException("report.refused.consolidated");
        }
    }

    private void mustBeSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportRefusedException("report.refused.state");
        }
        if (period.isConsolidated()) {
            throw new ReportRefusedException("report.refused.consolidated");
        }
    }

    private static String trimmed(String text, String field, int max, List<FieldProblem> problems) {
        String s = blankToNull(text);
        if (s != null && s.length() > max) {
            problems.add(new FieldProblem(field, "report.text.tooLong", max));
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public Unit getUnit() {
        return unit;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public String getProposals() {
        return proposals;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public ReportFigures getFigures() {
        return figures;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public String getSubmittedByName() {
        return submittedByName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getFirstSubmittedOn() {
        return firstSubmittedOn;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public List<ReportTaskResult> getResults() {
        return Collections.unmodifiableList(results);
    }
}
