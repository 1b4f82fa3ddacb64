package vn.camau.egov.reporting.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UN E-Government Survey's arithmetic, as the survey describes it: a component's raw values are
 * standardised over the set compared (z-score), then brought to [0, 1] over the same set (min–max);
 * the EGDI is the mean of OSI, TII and HCI. Applied in the province to departments and districts, it
 * gives the "mini-EGDI" the plan ranks units by.
 */
public final class IndexMath {

    private IndexMath() {
    }

    /**
     * Each member's value normalised over the set: z-score, then min–max to [0, 1]. The z-score step
     * does not change the order or the min–max result; it is kept because the survey does it, and a
     * reader checking a figure against the survey's method finds the same two steps.
     *
     * @param raw the raw value of each member compared (at least two)
     * @return each member's value in [0, 1], in the order given; all 0 when every member is equal
     */
    public static <K> Map<K, Double> normalise(Map<K, Double> raw) {
        if (raw.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two members");
        }
        double mean = raw.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = raw.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (raw.size() - 1);
        double sd = Math.sqrt(variance);
        Map<K, Double> z = new LinkedHashMap<>();
        raw.forEach((k, v) -> z.put(k, sd == 0 ? 0 : (v - mean) / sd));
        double min = z.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = z.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        Map<K, Double> out = new LinkedHashMap<>();
        z.forEach((k, v) -> out.put(k, max == min ? 0 : (v - min) / (max - min)));
        return out;
    }

    /** EGDI: the mean of the three normalised components. */
    public static double egdi(double osi, double tii, double hci) {
        for (double c : new double[] {osi, tii, hci}) {
            if (c < 0 || c > 1 || Double.isNaN(c)) {
                throw new IllegalArgumentException("a component is normalised to [0, 1]: " + c);
            }
        }
        return (osi + tii + hci) / 3;
    }

    /**
     * A weighted mean of indicators (HCI's four, with the weights as data; TII's, with equal
     * weights). The weights are normalised to sum 1, so "1, 2, 3, 3" and "1/9, 2/9, 1/3, 1/3" are the same.
     */
    public static double weightedMean(List<Double> values, List<Double> weights) {
        if (values.size() != weights.size() || values.isEmpty()) {
            throw new IllegalArgumentException("one weight per value");
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("weights must add up to more than 0");
        }
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            sum += values.get(i) * weights.get(i) / total;
        }
        return sum;
    }
}
