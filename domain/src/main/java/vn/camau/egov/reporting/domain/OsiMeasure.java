package vn.camau.egov.reporting.domain;

/**
 * OSI questions the platform answers itself from live data, as a score in [0, 1] rather than a
 * yes or no: a unit that has moved half its procedures online gets half the credit.
 */
public enum OsiMeasure {
    /** Share of the unit's active procedures at level 3 or 4. */
    LEVEL3_SHARE,
    /** Share of the unit's active procedures at level 4. */
    LEVEL4_SHARE,
    /** Share of the dossiers received in the year assessed that came online (either portal). */
    ONLINE_RATE,
    /** Share of the unit's active procedures whose public page is complete (documents, process, deadline). */
    PROCEDURES_COMPLETE,
    /** The platform publishes every unit's quarterly figures on the public statistics page: 1 for an active unit. */
    PUBLISHED_STATISTICS
}
