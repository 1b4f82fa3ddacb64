package vn.camau.egov.reporting.application;

/** What a statistics table has a row for. */
public enum Breakdown {
    UNIT, PROCEDURE, FIELD
}
