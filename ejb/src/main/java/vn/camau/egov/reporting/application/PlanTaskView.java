package vn.camau.egov.reporting.application;

import vn.camau.egov.reporting.domain.TaskStatus;

import java.io.Serializable;

/**
 * A plan task with its owner and where the units concerned stand, from their last accepted reports:
 * how many report it done, in progress, or not started (units with no accepted report yet count as
 * not started). A task with one owner also carries what the owner's last accepted report said of it
 * (status and evidence; null before any).
 */
public record PlanTaskView(long id, String code, String content, String ownerName, boolean allUnits, String unitCode,
                           String unitName, int dueYear, long done, long inProgress, long notStarted,
                           TaskStatus ownerStatus, String ownerEvidence) implements Serializable {

    /** Past its due year and not done everywhere. */
    public boolean overdue(int year) {
        return year > dueYear && (inProgress > 0 || notStarted > 0);
    }
}
