package vn.camau.egov.reporting.application;

import vn.camau.egov.reporting.domain.ReportStatus;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One unit in a period: its report's status (null: none yet), when it was first sent, and whether it
 * is late (sent after the due date, or not sent and the date has passed).
 */
public record PeriodOverview(String unitCode, String unitName, Long reportId, ReportStatus status,
                             LocalDate submittedOn, boolean late, Double scorecard) implements Serializable {

    /** Not submitted yet (no report, or still a draft). */
    public boolean missing() {
        return status == null || status == ReportStatus.DRAFT;
    }
}
