package vn.camau.egov.reporting.domain;

/** The rates every statistic, scorecard and report uses, defined once. */
public final class Rates {

    private Rates() {
    }

    /**
     * OpenCPS's on-time rate: (early + on time) × 100 / resolved, and 100 when nothing was
     * resolved (no dossier was late).
     */
    public static double onTimePercent(long earlyOrOnTime, long resolved) {
        return resolved == 0 ? 100.0 : 100.0 * earlyOrOnTime / resolved;
    }

    /** part × 100 / whole, or the fallback when there is nothing to measure. */
    public static double percent(long part, long whole, double fallback) {
        return whole == 0 ? fallback : 100.0 * part / whole;
    }
}
