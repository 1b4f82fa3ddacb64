package vn.camau.egov.reporting.application;

import java.io.Serializable;

/**
 * One unit's dossiers over a period. Received: submitted in the period, by channel. Resolved:
 * results returned in the period, early, on time or late against the due date. Refused and
 * withdrawn: closed that way in the period. In progress, past the deadline and paused: as they
 * stand now. Online payments: settled in the period. Ratings: given to dossiers closed in the period.
 */
public record UnitStatistics(String unitCode, String unitName, long receivedOnline, long receivedAtCounter,
                             long receivedFromPortal, long early, long onTime, long late, long refused, long withdrawn,
                             long inProgress, long pastDeadline, long paused, long paidOnline, long satisfied,
                             long unsatisfied) implements Serializable {

    public long received() {
        return receivedOnline + receivedAtCounter + receivedFromPortal;
    }

    public long resolved() {
        return early + onTime + late;
    }

    /** Share of dossiers received online (on the province's portal or the national one); null without any. */
    public Double onlineRate() {
        return received() == 0 ? null : (double) (receivedOnline + receivedFromPortal) / received();
    }

    /** OpenCPS's on-time rate: resolved early or on time, over all resolved; null without any. */
    public Double onTimeRate() {
        return resolved() == 0 ? null : (double) (early + onTime) / resolved();
    }

    /** Satisfied or very satisfied, over all ratings; null without any. */
    public Double satisfactionRate() {
        return satisfied + unsatisfied == 0 ? null : (double) satisfied / (satisfied + unsatisfied);
    }
}
