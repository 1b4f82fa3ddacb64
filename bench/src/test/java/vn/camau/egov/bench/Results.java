package vn.camau.egov.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes bench/results/&lt;date&gt;.md from one run's figures (RUN_DIR/figures-*.tsv, machine.tsv):
 * the machine, then every scenario on each database beside its baseline and its target, each figure
 * the median over the runs (and, for latencies, the median of the runs' own percentiles). Whatever
 * follows the line {@value #NOTES} in an existing results file (what was changed and why) is kept.
 *
 * <pre>Results RUN_DIR RESULTS_FILE</pre>
 */
public final class Results {

    static final String NOTES = "<!-- notes: kept when the harness writes this file again -->";

    /** The figures of one database (or of the broker): scenario → metric → the runs' values. */
    record Measured(Map<String, Map<String, List<Double>>> values) {

        static Measured read(Path file) throws IOException {
            Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length == 3 && !f[2].isBlank()) {
                        values.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
                                .computeIfAbsent(f[1], k -> new ArrayList<>()).add(Double.parseDouble(f[2]));
                    }
                }
            }
            return new Measured(values);
        }

        List<Double> all(String scenario, String metric) {
            return values.getOrDefault(scenario, Map.of()).getOrDefault(metric, List.of());
        }

        Double median(String scenario, String metric) {
            return Results.median(all(scenario, metric));
        }

        Double max(String scenario, String metric) {
            return all(scenario, metric).stream().max(Double::compare).orElse(null);
        }

        Double sum(String scenario, String metric) {
            List<Double> v = all(scenario, metric);
            return v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** One row of the table: how to print the figure and the baseline, and whether the target is met. */
    record Row(String scenario, String target, Function<Measured, String> figure, Function<Measured, String> baseline,
               Function<Measured, Boolean> met) {
    }

    private Results() {
    }

    public static void main(String[] args) throws IOException {
        Path run = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, String> machine = new LinkedHashMap<>();
        for (String line : Files.readAllLines(run.resolve("machine.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 2);
            machine.put(f[0], f.length > 1 ? f[1] : "");
        }
        Measured broker = Measured.read(run.resolve("figures-broker.tsv"));
        Map<String, Measured> databases = new LinkedHashMap<>();
        for (String db : List.of("h2", "postgresql")) {
            if (Files.exists(run.resolve("figures-" + db + ".tsv"))) {
                databases.put(db, Measured.read(run.resolve("figures-" + db + ".tsv")));
            }
        }

        StringBuilder md = new StringBuilder();
        md.append("# Performance results, ").append(machine.get("date")).append("\n\n");
        md.append("Written by `bench/run.sh` (README, \"Performance\"). Load generator on the same machine, loopback only.\n\n");
        md.append("| machine | |\n| --- | --- |\n");
        machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\nEach figure is the median over the runs (").append(machine.get("runs"))
                .append(" runs of ").append(machine.get("seconds"))
                .append(" s for the load scenarios, 10 for the statistics); a latency is the median of the runs' own p50 or p99.\n");

        for (Map.Entry<String, Measured> db : databases.entrySet()) {
            md.append("\n## ").append(db.getKey().equals("h2") ? "H2 (embedded default)" : "PostgreSQL").append("\n\n");
            md.append("| scenario | baseline in the same run | measured | target | met |\n| --- | --- | --- | --- | --- |\n");
            for (Row row : rows(broker)) {
                Measured f = db.getValue();
                Boolean met;
                String figure;
                try {
                    figure = row.figure.apply(f);
                    met = row.met.apply(f);
                } catch (NullPointerException missing) {
                    figure = "not measured";
                    met = null;
                }
                String baseline;
                try {
                    baseline = row.baseline.apply(f);
                } catch (NullPointerException missing) {
                    baseline = "not measured";
                }
                md.append("| ").append(row.scenario).append(" | ").append(baseline).append(" | ").append(figure)
                        .append(" | ").append(row.target).append(" | ")
                        .append(met == null ? "—" : met ? "yes" : "**no**").append(" |\n");
            }
        }
        md.append("\n").append(NOTES).append("\n\n");
        if (Files.exists(out)) {
            String old = Files.readString(out, StandardCharsets.UTF_8);
            int notes = old.indexOf(NOTES);
            if (notes >= 0) {
                md.append(old.substring(notes + NOTES.length()).stripLeading());
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
    }

    private static List<Row> rows(Measured broker) {
        return List.of(
                new Row("public dossier lookup page (`/lookup.xhtml`, random dossiers)",
                        "≥ 1,000 req/s at 32 connections, p99 ≤ 100 ms, ≥ 50 % of the minimal Faces page",
                        f -> web(f, "lookup-page") + String.format(Locale.ROOT, ", %.0f %% of the Faces page",
                                100 * f.median("lookup-page", "rps") / f.median("baseline-faces", "rps")),
                        f -> "bare servlet " + web(f, "baseline-servlet") + "; minimal Faces page " + web(f, "baseline-faces"),
                        f -> f.median("lookup-page", "rps") >= 1000 && f.median("lookup-page", "p99_ms") <= 100
                                && f.median("lookup-page", "rps") >= 0.5 * f.median("baseline-faces", "rps")
                                && f.sum("lookup-page", "errors") == 0),
                new Row("the same lookup as REST JSON (`/api/tracking`)", "≥ 3,000 req/s, p99 ≤ 50 ms",
                        f -> web(f, "lookup-rest"),
                        f -> "bare servlet " + number(f.median("baseline-servlet", "rps")) + " req/s",
                        f -> f.median("lookup-rest", "rps") >= 3000 && f.median("lookup-rest", "p99_ms") <= 50
                                && f.sum("lookup-rest", "errors") == 0),
                new Row("procedure catalogue search page (`/procedures.xhtml?q=`)", "≥ 500 req/s, p99 ≤ 200 ms",
                        f -> web(f, "catalogue-search"),
                        f -> "minimal Faces page " + number(f.median("baseline-faces", "rps")) + " req/s",
                        f -> f.median("catalogue-search", "rps") >= 500 && f.median("catalogue-search", "p99_ms") <= 200
                                && f.sum("catalogue-search", "errors") == 0),
                new Row("dossier submission with two 200 KB files (JSF flow, Gatling)", "≥ 100 dossiers/s, none lost",
                        f -> String.format(Locale.ROOT, "%s dossiers/s, p50 %s ms, p99 %s ms; %s errors; %s returned, %s lost",
                                decimal(f.median("submission", "per_s")), decimal(f.median("submission", "p50_ms")),
                                decimal(f.median("submission", "p99_ms")), number(f.sum("submission", "errors")),
                                number(f.max("submission", "returned")), number(f.max("submission", "lost")))
                                + cpu(f, "submission", "submission"),
                        f -> String.format(Locale.ROOT, "bare servlet taking the same upload: %s/s, p99 %s ms",
                                decimal(f.median("submission-baseline", "per_s")), decimal(f.median("submission-baseline", "p99_ms"))),
                        f -> f.median("submission", "per_s") >= 100 && f.max("submission", "lost") == 0),
                new Row("officials' inbox, 300 signed-in sessions with think time (Gatling)", "p95 ≤ 300 ms, heap ≤ 1 GiB",
                        f -> String.format(Locale.ROOT, "p50 %s ms, p95 %s ms, p99 %s ms, %s req/s, %s errors; heap at most %s MiB used (of -Xmx1g)",
                                decimal(f.median("inbox", "p50_ms")), decimal(f.median("inbox", "p95_ms")),
                                decimal(f.median("inbox", "p99_ms")), decimal(f.median("inbox", "rps")),
                                number(f.sum("inbox", "errors")), number(f.max("inbox", "heap_mib"))),
                        f -> "—",
                        f -> f.median("inbox", "p95_ms") <= 300 && f.max("inbox", "heap_mib") <= 1024),
                new Row("edXML exchange end to end (send → hub → receive → registered → status back)",
                        "≥ 500 messages/s, and the ratio to the baseline",
                        f -> String.format(Locale.ROOT, "%s messages/s (%.1f %% of the broker), p50 %s ms, p99 %s ms, %s lost",
                                decimal(f.median("edxml", "per_s")),
                                100 * f.median("edxml", "per_s") / broker.median("artemis-perf", "per_s"),
                                decimal(f.median("edxml", "p50_ms")), decimal(f.median("edxml", "p99_ms")),
                                number(f.max("edxml", "lost"))) + cpu(f, "edxml", "document"),
                        f -> "`artemis perf`, persistent, same size: " + decimal(broker.median("artemis-perf", "per_s")) + " messages/s",
                        f -> f.median("edxml", "per_s") >= 500 && f.max("edxml", "lost") == 0),
                new Row("quarter statistics for the whole province (open data JSON, the last five quarters in turn)", "≤ 2 s, within 3× the raw SQL",
                        f -> String.format(Locale.ROOT, "median %s ms, p99 %s ms (%.1f× the raw SQL)",
                                decimal(f.median("statistics", "ms")), decimal(p99(f.all("statistics", "ms"))),
                                f.median("statistics", "ms") / f.median("statistics-sql", "ms")),
                        f -> String.format(Locale.ROOT, "the same GROUP BY in SQL on the same datasource: median %s ms, p99 %s ms",
                                decimal(f.median("statistics-sql", "ms")), decimal(p99(f.all("statistics-sql", "ms")))),
                        f -> f.median("statistics", "ms") <= 2000
                                && f.median("statistics", "ms") <= 3 * f.median("statistics-sql", "ms")),
                new Row("loading the dossiers (JDBC batches)", "1,000,000 in ≤ 60 s",
                        f -> String.format(Locale.ROOT, "%s s, %s dossiers/s", decimal(f.median("load", "seconds")),
                                number(f.median("load", "per_s"))),
                        f -> "—",
                        f -> f.median("load", "seconds") <= 60 && f.median("load", "per_s") * 60 >= 1_000_000),
                new Row("server start with the EAR deployed (and the data loaded)", "≤ 30 s",
                        f -> String.format(Locale.ROOT, "median %s s, max %s s", seconds(f.median("start-ear", "ms")),
                                seconds(f.max("start-ear", "ms"))),
                        f -> String.format(Locale.ROOT, "bare WildFly: median %s s", seconds(f.median("start-bare", "ms"))),
                        f -> f.max("start-ear", "ms") <= 30_000));
    }

    private static String web(Measured f, String scenario) {
        return String.format(Locale.ROOT, "%s req/s, p50 %s ms, p99 %s ms%s", number(f.median(scenario, "rps")),
                decimal(f.median(scenario, "p50_ms")), decimal(f.median(scenario, "p99_ms")),
                f.sum(scenario, "errors") > 0 ? ", **" + number(f.sum(scenario, "errors")) + " errors**" : "");
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static Double p99(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s[(int) Math.ceil(s.length * 0.99) - 1];
    }

    /** The server's CPU per operation and the machine's idle share (ServerCpu), where the run measured them. */
    private static String cpu(Measured f, String scenario, String operation) {
        Double ms = f.median(scenario, "server_cpu_ms");
        Double idle = f.median(scenario, "idle_pct");
        return ms == null || idle == null ? "" : String.format(Locale.ROOT,
                "; the server's CPU %.1f ms per %s, the machine %.0f %% idle", ms, operation, idle);
    }

    private static String number(Double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String decimal(Double v) {
        return v >= 100 ? number(v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String seconds(Double ms) {
        return String.format(Locale.ROOT, "%.1f", ms / 1000);
    }
}
