package vn.camau.egov.reporting.domain;

/** A periodic report's way: drafted by the unit, submitted by its leader, reviewed by the Department. */
public enum ReportStatus {
    /** Dự thảo. */
    DRAFT,
    /** Đã gửi, chờ Sở TT&TT xem xét. */
    SUBMITTED,
    /** Trả lại để bổ sung. */
    RETURNED,
    /** Đã tiếp nhận. */
    ACCEPTED
}
