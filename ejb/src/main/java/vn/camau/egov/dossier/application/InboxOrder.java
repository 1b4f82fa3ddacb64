package vn.camau.egov.dossier.application;

/** How an inbox tray is sorted; each ends with the id so paging is stable. */
public enum InboxOrder {
    /** Nearest due date first: the default, what needs doing first. */
    DUE("d.dueOn, d.submittedAt, d.id"),
    /** Oldest submission first. */
    SUBMITTED("d.submittedAt, d.id"),
    /** Newest submission first. */
    NEWEST("d.submittedAt DESC, d.id DESC"),
    /** By dossier code. */
    CODE("d.code, d.id");

    final String jpql;

    InboxOrder(String jpql) {
        this.jpql = jpql;
    }
}
