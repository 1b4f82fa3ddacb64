package vn.camau.egov.reporting.web;

import java.util.List;
import java.util.Locale;

/**
 * Chart.js configurations for PrimeFaces' p:chart, written as JSON here so every chart of the
 * monitoring pages looks the same: percentages from 0 to 100, as horizontal bars (one per label and
 * series) or as lines over time.
 */
public final class Charts {

    private static final String[] COLOURS = {"#1f5fa8", "#2e8540", "#c05600", "#6b4fbb"};

    private Charts() {
    }

    /** One series of a percentage bar chart: its name and a value (0–100, or null) per label. */
    public record Series(String name, List<Double> values) {
    }

    public static String percentBars(List<String> labels, List<Series> series) {
        return chart("bar", "\"indexAxis\":\"y\",", "x", labels, series);
    }

    /** Percentages over time: one line per series, the labels (years) along the bottom. */
    public static String percentLines(List<String> labels, List<Series> series) {
        return chart("line", "", "y", labels, series);
    }

    private static String chart(String type, String axis, String valueAxis, List<String> labels, List<Series> series) {
        StringBuilder json = new StringBuilder("{\"type\":\"" + type + "\",\"data\":{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(labels.get(i)));
        }
        json.append("],\"datasets\":[");
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            json.append(s == 0 ? "" : ",").append("{\"label\":").append(quote(one.name()))
                    .append(",\"backgroundColor\":\"").append(COLOURS[s % COLOURS.length])
                    .append("\",\"borderColor\":\"").append(COLOURS[s % COLOURS.length]).append("\",\"data\":[");
            for (int i = 0; i < one.values().size(); i++) {
                Double v = one.values().get(i);
                json.append(i == 0 ? "" : ",").append(v == null ? "null" : String.format(Locale.ROOT, "%.1f", v));
            }
            json.append("]}");
        }
        return json.append("]},\"options\":{").append(axis).append("\"responsive\":true,\"animation\":false,")
                .append("\"scales\":{\"").append(valueAxis).append("\":{\"min\":0,\"max\":100}}}}").toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped; "<" too, so it never closes a script. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
