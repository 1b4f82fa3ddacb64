package vn.camau.egov.reporting.application;

import vn.camau.egov.reporting.domain.PeriodicReport;
import vn.camau.egov.reporting.domain.ReportFigures;
import vn.camau.egov.reporting.domain.ReportStatus;
import vn.camau.egov.reporting.domain.TaskStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A periodic report as its unit and the Department read it. */
public record ReportView(long id, long version, PeriodView period, String unitCode, String unitName,
                         ReportStatus status, String difficulties, String proposals, String reviewNote,
                         ReportFigures figures, String submittedByName, Instant submittedAt,
                         LocalDate firstSubmittedOn, boolean late, List<TaskLine> tasks) implements Serializable {

    /** One plan task in the report. */
    public record TaskLine(long taskId, String code, String content, TaskStatus status, String result, String evidence)
            implements Serializable {
    }

    static ReportView of(PeriodicReport r, LocalDate today) {
        return new ReportView(r.getId(), r.getVersion(), PeriodView.of(r.getPeriod()), r.getUnit().getCode(),
                r.getUnit().getName(), r.getStatus(), r.getDifficulties(), r.getProposals(), r.getReviewNote(),
                r.getFigures(), r.getSubmittedByName(), r.getSubmittedAt(), r.getFirstSubmittedOn(), r.isLate(today),
                r.getResults().stream().map(t -> new TaskLine(t.getTask().getId(), t.getTask().getCode(),
                        t.getTask().getContent(), t.getStatus(), t.getResult(), t.getEvidence())).toList());
    }

    public boolean editable() {
        return (status == ReportStatus.DRAFT || status == ReportStatus.RETURNED) && !period.consolidated();
    }
}
