package vn.camau.egov.reporting.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.camau.egov.participation.application.FeedbackIndicators;
import vn.camau.egov.participation.application.FeedbackService;
import vn.camau.egov.reporting.application.DossierStatistics;
import vn.camau.egov.reporting.application.StatisticsService;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.api.JsonOut;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Open data: the public statistics of a quarter, per unit, as JSON or CSV, for anyone
 * ({@code /api/open-data/statistics.json?year=&quarter=} and {@code .csv}; the current quarter
 * when neither is given). The same figures as the public statistics page, nothing about any
 * person; the format is documented in the README, section "Open data".
 */
@Path("/open-data")
public class OpenDataResource {

    /** The columns, in order, of both formats. */
    static final List<String> COLUMNS = List.of("unit_code", "unit_name", "received", "received_online",
            "received_counter", "received_national_portal", "resolved", "resolved_early", "resolved_on_time",
            "resolved_late", "on_time_rate", "online_rate", "satisfaction_rate", "in_progress", "past_deadline",
            "feedback_received", "feedback_answered", "feedback_answered_on_time");

    @Inject
    private StatisticsService statistics;

    @Inject
    private FeedbackService feedback;

    @GET
    @Path("/statistics.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        Quarter q = Quarter.of(year, quarter);
        if (q == null) {
            return badRequest();
        }
        JsonArrayBuilder units = JsonOut.array();
        for (Map<String, Object> row : rows(q)) {
            JsonObjectBuilder unit = JsonOut.object();
            row.forEach((k, v) -> {
                if (v == null) {
                    unit.addNull(k);
                } else if (v instanceof Long n) {
                    unit.add(k, n);
                } else if (v instanceof Double d) {
                    unit.add(k, d);
                } else {
                    unit.add(k, v.toString());
                }
            });
            units.add(unit);
        }
        return cached(Response.ok(JsonOut.object()
                .add("year", q.year()).add("quarter", q.number())
                .add("from", q.from().toString()).add("to", q.to().toString())
                .add("units", units).build()));
    }

    @GET
    @Path("/statistics.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        Quarter q = Quarter.of(year, quarter);
        if (q == null) {
            return badRequest();
        }
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Map<String, Object> row : rows(q)) {
            StringBuilder line = new StringBuilder();
            for (String column : COLUMNS) {
                Object v = row.get(column);
                line.append(line.isEmpty() ? "" : ",").append(v == null ? ""
                        : v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : cell(v.toString()));
            }
            csv.append(line).append("\r\n");
        }
        return cached(Response.ok(csv.toString()).header("Content-Disposition",
                "attachment; filename=\"thong-ke-" + q.year() + "-q" + q.number() + ".csv\""));
    }

    private List<Map<String, Object>> rows(Quarter q) {
        Map<String, FeedbackIndicators> fb = new HashMap<>();
        feedback.indicators(q.from(), q.to()).forEach(f -> fb.put(f.unitCode(), f));
        return statistics.published(q.from(), q.to()).stream().map(s -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            FeedbackIndicators f = fb.get(s.key());
            row.put("unit_code", s.key());
            row.put("unit_name", s.label());
            row.put("received", s.received());
            row.put("received_online", s.receivedOnline());
            row.put("received_counter", s.receivedAtCounter());
            row.put("received_national_portal", s.receivedFromPortal());
            row.put("resolved", s.resolved());
            row.put("resolved_early", s.early());
            row.put("resolved_on_time", s.onTime());
            row.put("resolved_late", s.late());
            row.put("on_time_rate", s.onTimeRate());
            row.put("online_rate", s.onlineRate());
            row.put("satisfaction_rate", s.satisfactionRate());
            row.put("in_progress", s.inProgress());
            row.put("past_deadline", s.pastDeadline());
            row.put("feedback_received", f == null ? 0L : f.received());
            row.put("feedback_answered", f == null ? 0L : f.answered());
            row.put("feedback_answered_on_time", f == null ? 0L : f.answeredOnTime());
            return row;
        }).toList();
    }

    /**
     * A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text that a
     * spreadsheet would take for a formula (=, +, -, @, tab or carriage return first) gets a leading apostrophe.
     */
    static String cell(String value) {
        String v = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        boolean quote = v.indexOf('"') >= 0 || v.indexOf(',') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static Response cached(Response.ResponseBuilder builder) {
        // public figures, computed on demand: a short public cache spares the database repeated downloads
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return builder.cacheControl(cache).build();
    }

    private static Response badRequest() {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(JsonOut.object().add("error",
                        "year: 2015 to this year; quarter: 1 to 4 (both, or neither for the current quarter)").build())
                .build();
    }

    /** The quarter asked for: the current one when neither is given, null when unreadable. */
    record Quarter(int year, int number, LocalDate from, LocalDate to) {

        static Quarter of(String year, String quarter) {
            LocalDate today = VietnamTime.dateOf(Instant.now());
            try {
                int y = year == null || year.isBlank() ? today.getYear() : Integer.parseInt(year.strip());
                int q = quarter == null || quarter.isBlank() ? (today.getMonthValue() - 1) / 3 + 1
                        : Integer.parseInt(quarter.strip());
                if (y < 2015 || y > today.getYear() || q < 1 || q > 4) {
                    return null;
                }
                LocalDate from = LocalDate.of(y, (q - 1) * 3 + 1, 1);
                return new Quarter(y, q, from, from.plusMonths(3).minusDays(1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
