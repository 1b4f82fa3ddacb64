package vn.camau.egov.reporting.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which ITU indicators (per 100 inhabitants) the Telecommunication Infrastructure Index averages in
 * each edition of the survey, and whether they are capped at 120 (from 2020).
 */
public enum TiiEdition {
    E2014(false, Indicator.INTERNET_USERS, Indicator.FIXED_TELEPHONE, Indicator.MOBILE_CELLULAR,
            Indicator.WIRELESS_BROADBAND, Indicator.FIXED_BROADBAND),
    E2016(false, Indicator.INTERNET_USERS, Indicator.FIXED_TELEPHONE, Indicator.MOBILE_CELLULAR,
            Indicator.WIRELESS_BROADBAND, Indicator.FIXED_BROADBAND),
    E2018(false, Indicator.INTERNET_USERS, Indicator.FIXED_TELEPHONE, Indicator.MOBILE_CELLULAR,
            Indicator.WIRELESS_BROADBAND, Indicator.FIXED_BROADBAND, Indicator.ACTIVE_MOBILE_BROADBAND),
    E2020(true, Indicator.INTERNET_USERS, Indicator.MOBILE_CELLULAR, Indicator.ACTIVE_MOBILE_BROADBAND,
            Indicator.FIXED_BROADBAND),
    E2022(true, Indicator.INTERNET_USERS, Indicator.MOBILE_CELLULAR, Indicator.ACTIVE_MOBILE_BROADBAND,
            Indicator.FIXED_BROADBAND);

    /** An ITU indicator, per 100 inhabitants. */
    public enum Indicator {
        INTERNET_USERS, FIXED_TELEPHONE, MOBILE_CELLULAR, WIRELESS_BROADBAND, FIXED_BROADBAND, ACTIVE_MOBILE_BROADBAND
    }

    private static final double CAP = 120;

    private final boolean capped;
    private final List<Indicator> indicators;

    TiiEdition(boolean capped, Indicator... indicators) {
        this.capped = capped;
        this.indicators = List.of(indicators);
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    /** The edition a survey year uses: the latest edition not after it (2024 uses 2022's set). */
    public static TiiEdition forYear(int year) {
        if (year < 2014) {
            throw new IllegalArgumentException("no TII edition before 2014: " + year);
        }
        TiiEdition found = E2014;
        for (TiiEdition e : values()) {
            if (Integer.parseInt(e.name().substring(1)) <= year) {
                found = e;
            }
        }
        return found;
    }

    /**
     * The raw TII of one member: the mean of this edition's indicators (capped at 120 from 2020).
     *
     * @throws IllegalArgumentException naming an indicator of the edition that is missing or negative
     */
    public double raw(Map<Indicator, Double> per100) {
        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        for (Indicator i : indicators) {
            Double v = per100.get(i);
            if (v == null || v < 0 || v.isNaN()) {
                throw new IllegalArgumentException("TII " + name().substring(1) + " needs " + i + ": " + v);
            }
            values.put(i, capped ? Math.min(v, CAP) : v);
        }
        return values.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
