package vn.camau.egov.bench.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Officials at work: {@code bench.users} signed-in sessions (reception officers, specialists and
 * leaders of the demo units; sessions share accounts, each with its own cookie jar), ramped up over
 * {@code bench.ramp} seconds and then held for {@code bench.seconds}. Each official signs in once
 * (one sign-in per account at a time, see the scenario), then loops over a day's clicks with 3–8 s
 * of thought before each: the inbox, another tray, another order, the next page (when there is
 * one), a dossier from the list, and back to the inbox.
 *
 * <p>System properties: {@code bench.url}, {@code bench.users} (300), {@code bench.ramp} (30),
 * {@code bench.seconds} (120), {@code bench.officials} (comma-separated usernames). The hold starts
 * at the end of the ramp, or once the last official has signed in if that is later, and lasts
 * {@code bench.seconds}. Figures, scenario {@code inbox}, over the requests after sign-in that start
 * in the hold: p50/p95/p99, rps; errors: every failed request of the run, sign-in included.
 */
public class InboxSimulation extends Simulation {

    static final int USERS = Integer.getInteger("bench.users", 300);
    static final int RAMP = Integer.getInteger("bench.ramp", 30);
    static final int SECONDS = Integer.getInteger("bench.seconds", 120);
    static final List<String> OFFICIALS = List.of(System.getProperty("bench.officials",
            "tiepnhan.stp,chuyenvien.stp,lanhdao.stp,tiepnhan.tpcm,chuyenvien.tpcm,lanhdao.tpcm,"
                    + "tiepnhan.sxd,chuyenvien.sxd,lanhdao.sxd").split(","));
    static final List<String> TRAYS = List.of("NEW", "MY_STEP", "DUE_SOON", "OVERDUE", "PAUSED", "RELEASING");
    static final List<String> ORDERS = List.of("DUE", "SUBMITTED", "NEWEST", "CODE");
    static final String[] AFTER_SIGN_IN = {"inbox", "tray", "sort", "next page", "dossier", "back to inbox"};

    private final GatlingFigures figures = new GatlingFigures();
    private final AtomicLong runStart = new AtomicLong();
    private final AtomicLong lastSignIn = new AtomicLong();
    private final AtomicInteger signIns = new AtomicInteger();
    private final AtomicInteger signInFailures = new AtomicInteger();
    /** The accounts being signed in to right now. */
    private final Map<String, AtomicBoolean> signingIn = new ConcurrentHashMap<>();

    /**
     * When the hold starts: at the end of the ramp, or once every official has signed in if that
     * takes longer (sign-in is slow on purpose, and a busy machine stretches it); until then, never.
     */
    private long holdStart() {
        return signIns.get() < USERS ? Long.MAX_VALUE : Math.max(runStart.get() + RAMP * 1000L, lastSignIn.get());
    }

    /** The end of the day: the hold lasts bench.seconds. */
    private long deadline() {
        long start = holdStart();
        return start == Long.MAX_VALUE ? Long.MAX_VALUE : start + SECONDS * 1000L;
    }

    static List<Map<String, Object>> officials() {
        List<Map<String, Object>> list = new ArrayList<>();
        OFFICIALS.forEach(o -> list.add(Map.of("official", o.strip())));
        return list;
    }

    /**
     * One of the inbox's lists, at {@code #{listing}}: it must show the inbox's table. Keeps the
     * dossier codes it lists (to open one later) and the next page's address if the pager has one.
     */
    private ChainBuilder list(String name) {
        return exec(s -> s.remove("found").remove("nextPage"))
                .exec(figures.timed(name, http(name).get("#{listing}")
                        .check(status().is(200), substring("id=\"inbox\""),
                                regex("/workspace/dossier\\.xhtml\\?code=([^\"&]+)").findAll().optional().saveAs("found"),
                                regex("href=\"\\?(tray=[^\"]*page=\\d+)\"").findAll().optional().saveAs("pages"))))
                .exec(s -> {
                    if (s.contains("found")) {
                        s = s.set("codes", s.getList("found"));
                    }
                    if (s.contains("pages")) {
                        // the pager's links: the one with the highest page is "next" (or "previous" on the last page)
                        List<String> pages = s.getList("pages");
                        String last = pages.get(pages.size() - 1).replace("&amp;", "&");
                        s = s.remove("pages").set("nextPage", "/workspace/inbox.xhtml?" + last);
                    }
                    return s;
                });
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(3), Duration.ofSeconds(8));
    }

    private static String random(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    private final ScenarioBuilder officials = scenario("inbox")
            .feed(listFeeder(officials()).circular())
            .exec(s -> {
                runStart.compareAndSet(0, System.currentTimeMillis());
                return s;
            })
            // one sign-in per account at a time: the platform holds the account's row locked while it
            // hashes the password, and sessions sharing an account would queue on that lock (and time
            // out) where real officials, each with their own account, never do
            .asLongAs(s -> !s.contains("signingIn")).on(
                    exec(s -> signingIn.computeIfAbsent(s.getString("official"), k -> new AtomicBoolean())
                            .compareAndSet(false, true) ? s.set("signingIn", true) : s)
                            .doIf(s -> !s.contains("signingIn")).then(pause(Duration.ofMillis(50))))
            .exec(Portal.signIn("#{official}"))
            .exec(s -> {
                signingIn.get(s.getString("official")).set(false);
                return s;
            })
            .exec(s -> {
                boolean ok = !s.isFailed() && s.contains("signInStatus") && s.getInt("signInStatus") == 302;
                if (!ok) {
                    signInFailures.incrementAndGet();
                }
                signIns.incrementAndGet();
                lastSignIn.accumulateAndGet(System.currentTimeMillis(), Math::max);
                return ok ? s : s.markAsFailed();
            })
            .exitHereIfFailed()
            .asLongAs(s -> System.currentTimeMillis() < deadline(), "day", true).on(
                    exec(s -> s.set("listing", "/workspace/inbox.xhtml"))
                            .exec(list("inbox"))
                            .exec(think())
                            .exec(s -> s.set("tray", random(TRAYS))
                                    .set("listing", "/workspace/inbox.xhtml?tray=" + s.getString("tray") + "&sort=DUE"))
                            .exec(list("tray"))
                            .exec(think())
                            .exec(s -> s.set("listing", "/workspace/inbox.xhtml?tray=" + s.getString("tray")
                                    + "&sort=" + random(ORDERS)))
                            .exec(list("sort"))
                            .doIf(s -> s.contains("nextPage")).then(
                                    exec(think())
                                            .exec(s -> s.set("listing", s.getString("nextPage")))
                                            .exec(list("next page")))
                            .doIf(s -> s.contains("codes")).then(
                                    exec(think())
                                            .exec(s -> s.set("code", random(s.getList("codes"))))
                                            .exec(figures.timed("dossier", http("dossier").get("/workspace/dossier.xhtml")
                                                    .queryParam("code", "#{code}")
                                                    .check(status().is(200), substring("#{code}"))))
                                            .exec(think())
                                            .exec(list("back to inbox")))
                            .exec(think()));

    {
        setUp(officials.injectOpen(rampUsers(USERS).during(RAMP))).protocols(Portal.protocol());
    }

    @Override
    public void after() {
        System.out.printf("inbox: %d sign-ins (%d failed)%n", signIns.get(), signInFailures.get());
        System.out.print(figures.summary());
        if (runStart.get() == 0) {
            System.out.println("inbox: nothing measured");
            return;
        }
        long from = holdStart();
        long to = deadline();
        if (from == Long.MAX_VALUE) {
            System.out.println("inbox: not every official signed in, no hold measured");
            GatlingFigures.figure("inbox", "errors", GatlingFigures.errors(figures.all(AFTER_SIGN_IN)) + signInFailures.get());
            return;
        }
        List<GatlingFigures.Sample> held = figures.startedWithin(from, to, AFTER_SIGN_IN);
        System.out.printf("inbox: measured from %.1f s to %.1f s after the first sign-in%n",
                (from - runStart.get()) / 1000.0, (to - runStart.get()) / 1000.0);
        GatlingFigures.latencies("inbox", held);
        GatlingFigures.figure("inbox", "rps", to > from ? held.size() * 1000.0 / (to - from) : 0);
        GatlingFigures.figure("inbox", "errors", GatlingFigures.errors(figures.all(AFTER_SIGN_IN)) + signInFailures.get());
    }
}
