package vn.camau.egov.reporting.application;

import vn.camau.egov.reporting.domain.Rates;
import vn.camau.egov.reporting.domain.Scorecard766;

import java.io.Serializable;

/**
 * The dossiers of one unit, procedure or field over a period. Received: submitted in the period,
 * by channel. Resolved: results returned in the period, early, on time or late against the due
 * date; of those, results signed electronically, fee-paying ones and those paid online, those
 * rated and those dissatisfied or late. Refused and withdrawn: closed that way in the period. In
 * progress, past the deadline and paused: as they stand now.
 */
public record DossierStatistics(String key, String label, long receivedOnline, long receivedAtCounter,
                                long receivedFromPortal, long early, long onTime, long late, long refused,
                                long withdrawn, long inProgress, long pastDeadline, long paused, long electronicResults,
                                long feeDossiers, long paidOnline, long satisfied, long unsatisfied,
                                long dissatisfiedOrLate) implements Serializable {

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

    /** OpenCPS's on-time rate as a share: resolved early or on time over all resolved, 1 when none was resolved. */
    public double onTimeRate() {
        return Rates.onTimePercent(early + onTime, resolved()) / 100;
    }

    /** Satisfied or very satisfied, over all ratings; null without any. */
    public Double satisfactionRate() {
        return satisfied + unsatisfied == 0 ? null : (double) satisfied / (satisfied + unsatisfied);
    }

    /** The Decision 766 inputs these figures give, with the unit's procedure counts. */
    public Scorecard766.Inputs scorecardInputs(ProcedureCounts procedures) {
        return new Scorecard766.Inputs(procedures.active(), procedures.complete(), received(),
                receivedOnline + receivedFromPortal, resolved(), early + onTime, electronicResults, feeDossiers,
                paidOnline, dissatisfiedOrLate);
    }
}
