package vn.camau.egov.bench.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import vn.camau.egov.bench.Figures;

import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

/**
 * The simulations' own record of the requests they measure, and the figures made from it.
 *
 * <p>Why not Gatling's report: the figures must leave out sign-in and the set-up phase, and the
 * rate must be that of the steady part only; Gatling 3.14 writes its simulation.log in a binary,
 * undocumented format, and the HTML report's percentiles cover whole runs. Recording here keeps the
 * windows ours and the percentiles exact. Gatling's own console and report still cover everything.
 */
public final class GatlingFigures {

    /** One measured request: when it started and ended (epoch ms), its response time, whether it passed its checks. */
    public record Sample(String request, long start, long end, long ms, boolean ok) {
    }

    private static final String T0 = "figures.t0";
    private static final String RT = "figures.rt";
    /** Set by {@link #timed} after each request: whether it passed. */
    public static final String OK = "figures.ok";

    private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();

    /**
     * The request, recorded under {@code name}. Gatling's response time when the request got an
     * answer, else (timeout, connection refused) the wall-clock time the attempt took. The session
     * comes out not failed, with {@link #OK} telling how the request went, so a looping user goes on
     * and a one-shot user decides itself whether to stop.
     */
    public ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(s -> s.remove(RT).set(T0, System.currentTimeMillis()))
                .exec(request.check(responseTimeInMillis().saveAs(RT)))
                .exec(s -> {
                    long end = System.currentTimeMillis();
                    long start = s.getLong(T0);
                    boolean ok = !s.isFailed();
                    long ms = s.contains(RT) ? s.getInt(RT) : end - start;
                    samples.add(new Sample(name, start, end, ms, ok));
                    return s.set(OK, ok).markAsSucceeded();
                });
    }

    /** The samples of these requests that started within [from, to) (epoch ms). */
    public List<Sample> startedWithin(long from, long to, String... requests) {
        List<String> names = List.of(requests);
        return samples.stream().filter(s -> names.contains(s.request()) && s.start() >= from && s.start() < to).toList();
    }

    /** The samples of these requests, whenever they ran. */
    public List<Sample> all(String... requests) {
        return startedWithin(Long.MIN_VALUE, Long.MAX_VALUE, requests);
    }

    /** Appends p50_ms, p95_ms and p99_ms of these samples' response times (failed ones included). */
    public static void latencies(String scenario, List<Sample> measured) {
        long[] ms = measured.stream().mapToLong(Sample::ms).sorted().toArray();
        if (ms.length == 0) {
            System.out.println(scenario + ": no request measured, no latency figures");
            return;
        }
        figure(scenario, "p50_ms", percentile(ms, 50));
        figure(scenario, "p95_ms", percentile(ms, 95));
        figure(scenario, "p99_ms", percentile(ms, 99));
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** Successful samples that ended within [from, to), per second. */
    public static double rate(List<Sample> measured, long from, long to) {
        long n = measured.stream().filter(s -> s.ok() && s.end() >= from && s.end() < to).count();
        return to > from ? n * 1000.0 / (to - from) : 0;
    }

    public static long errors(List<Sample> measured) {
        return measured.stream().filter(s -> !s.ok()).count();
    }

    /** A figure: to $BENCH_FIGURES (through the harness's {@link Figures}) and to the console. */
    public static void figure(String scenario, String metric, double value) {
        System.out.printf(Locale.ROOT, "FIGURE %s\t%s\t%s%n", scenario, metric, value);
        Figures.append(scenario, metric, value);
    }

    /** Counts per request name and outcome, for the console. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        samples.stream().map(Sample::request).distinct().sorted().forEach(name -> {
            long[] ms = samples.stream().filter(s -> s.request().equals(name)).mapToLong(Sample::ms).sorted().toArray();
            long ko = samples.stream().filter(s -> s.request().equals(name) && !s.ok()).count();
            b.append(String.format(Locale.ROOT, "  %-12s %7d requests, %5d failed, p50 %6d ms, p95 %6d ms, max %6d ms%n",
                    name, ms.length, ko, percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1]));
        });
        return b.toString();
    }
}
