package vn.camau.egov.reporting.domain;

/** Where a unit stands on a plan task, as its report says. */
public enum TaskStatus {
    /** Chưa thực hiện. */
    NOT_STARTED,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /** Đã hoàn thành. */
    DONE
}
