package vn.camau.egov.reporting.application;

import java.io.Serializable;

/**
 * A unit's active procedures: how many, how many at level 3 or 4 and at level 4, and how many have
 * a complete public page (required documents, process steps and a processing time).
 */
public record ProcedureCounts(long active, long level3OrMore, long level4, long complete) implements Serializable {

    public static final ProcedureCounts NONE = new ProcedureCounts(0, 0, 0, 0);
}
