package vn.camau.egov.participation.domain;

/** What a unit publishes on the portal's information pages. */
public enum NoticeKind {
    /** Tin tức. */
    NEWS,
    /** Thông báo. */
    ANNOUNCEMENT,
    /** Thông báo mời thầu, mua sắm công: has the day bids close. */
    PROCUREMENT
}
