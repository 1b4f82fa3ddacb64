package vn.camau.egov.participation.application;

import vn.camau.egov.reporting.domain.Rates;

import java.io.Serializable;

/**
 * A unit's feedback over a period, for Decision 766: received in the period; answered in the
 * period, of which by the due date; rated, of which satisfied; unanswered past the due date now.
 */
public record FeedbackIndicators(String unitCode, String unitName, long received, long answered, long answeredOnTime,
                                 long rated, long satisfied, long overdue) implements Serializable {

    /** Decision 766: feedback handled on time = on-time-or-early items / items handled × 100 (100 with none). */
    public double onTimePercent() {
        return Rates.percent(answeredOnTime, answered, 100);
    }

    /** Satisfied with the answer over all ratings, per cent; null without a rating. */
    public Double satisfactionPercent() {
        return rated == 0 ? null : 100.0 * satisfied / rated;
    }
}
