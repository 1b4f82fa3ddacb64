package vn.camau.egov.reporting.application;

import java.io.Serializable;

/**
 * A plan task with its owner and where the units concerned stand, from their last accepted reports:
 * how many report it done, in progress, or not started (units with no accepted report yet count as
 * not started).
 */
public record PlanTaskView(long id, String code, String content, String ownerName, boolean allUnits, String unitCode,
                           String unitName, int dueYear, long done, long inProgress, long notStarted)
        implements Serializable {

    /** Past its due year and not done everywhere. */
    public boolean overdue(int year) {
        return year > dueYear && (inProgress > 0 || notStarted > 0);
    }
}
