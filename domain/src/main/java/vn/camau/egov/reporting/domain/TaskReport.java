package vn.camau.egov.reporting.domain;

import java.io.Serializable;

/** What a unit writes about one plan task in its report. */
public record TaskReport(long taskId, TaskStatus status, String result, String evidence) implements Serializable {
}
