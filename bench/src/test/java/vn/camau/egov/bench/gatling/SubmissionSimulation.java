package vn.camau.egov.bench.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.camau.egov.bench.ServerCpu;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Citizens submitting level-3 dossiers online, each with two 200 KB PDFs, through the real pages:
 * the submission form (its view state and generated field names read from the page), the multipart
 * post, and the dossier page it sends the citizen to, which must show the new code.
 *
 * <p>First, set-up: {@code bench.citizens} citizens of the harness (CCCD 099000000001 and up: no
 * province has code 099, so they meet no real or generated applicant) sign in once each, and are
 * registered through register.xhtml first if they do not exist yet (the first run only). Sign-in is
 * slow on purpose (PBKDF2), so it is not part of the measure. Then the measure: an open model,
 * {@code bench.rate} submissions arriving per second for {@code bench.seconds}; each borrows a
 * signed-in session no other submission is using, and gives it back at the end. One at a time per
 * session because Faces keeps only the 15 newest views of a session: concurrent submissions in one
 * session would push each other's form out (ViewExpiredException), which no real citizen, alone in
 * their session, meets. When every session is busy the arrival waits for one (not part of the
 * measured times; printed at the end; given up after 60 s and counted as an error): the platform
 * is then not keeping up, and per_s says so. The demo procedures (level 3, two documents) are taken
 * in turn, so that three units' dossier counters share the load as on a real day.
 *
 * <p>System properties: {@code bench.url}, {@code bench.rate} (100), {@code bench.seconds} (60),
 * {@code bench.citizens} (100), {@code bench.procedures} (comma-separated codes), {@code bench.codes-out}
 * (file for the returned dossier codes, one a line). Figures, scenario {@code submission}: per_s
 * (submissions answered with a code per second, from the first sixth of the duration to its end),
 * p50/p95/p99 of the submit post, errors (failed requests of the measure: form, submit, dossier
 * page; and submissions never attempted), lost (0 here; computed from the database by {@code Submitted}).
 */
public class SubmissionSimulation extends Simulation {

    static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "100"));
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final int CITIZENS = Integer.getInteger("bench.citizens", 100);
    static final List<String> PROCEDURES = List.of(System.getProperty("bench.procedures",
            "1.001006.000.00.00.H12,1.001013.000.00.00.H12,1.001018.000.00.00.H12").split(","));
    static final String CODES_OUT = System.getProperty("bench.codes-out");
    /** A submission that finds no free session for this long is given up and counted as an error (like a timeout). */
    static final long MAX_WAIT_MS = 60_000;

    private final GatlingFigures figures = new GatlingFigures();
    /** The signed-in citizens' session ids not in use by a submission. */
    private final Queue<String> free = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sessionCount = new AtomicInteger();
    /** How long submissions waited for a free session (a sign the platform was not keeping up). */
    private long waits;
    private long waitedMs;
    private long maxWaitMs;
    private final List<String> codes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger signInFailures = new AtomicInteger();
    /** Submissions never attempted: no free session within 60 s, no citizen signed in, or a procedure without two documents. */
    private final AtomicInteger notRun = new AtomicInteger();
    /** When the first submission started (epoch ms). */
    private final AtomicLong measureStart = new AtomicLong();
    /** The server's CPU when the first submission started: the sign-ins before (slow hashing) are not the measure's. */
    private volatile Optional<ServerCpu> cpuAtStart = Optional.empty();

    /** The harness's own citizens: CCCD, e-mail and phone that no one else has. */
    static List<Map<String, Object>> citizens(int count) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(Map.of("cccd", String.format("099%09d", i), "email", String.format("thutai%09d@example.vn", i),
                    "phone", String.format("099%07d", i)));
        }
        return list;
    }

    private final ChainBuilder register = exec(http("register page").get("/register.xhtml").check(status().is(200)))
            .exec(http("register").post("/register.xhtml")
                    .formParam("registration", "registration")
                    .formParam("registration:fullName", "Người Thử Tải")
                    .formParam("registration:citizenId", "#{cccd}")
                    .formParam("registration:email", "#{email}")
                    .formParam("registration:phone", "#{phone}")
                    .formParam("registration:password", Portal.PASSWORD)
                    .formParam("registration:passwordConfirmation", Portal.PASSWORD)
                    .formParam("registration:submit", "")
                    .formParam("jakarta.faces.ViewState", "stateless")
                    .disableFollowRedirect()
                    .check(status().is(302)));

    /** Set-up: each citizen signs in once (registering first if unknown) and leaves its session to the pool. */
    private final ScenarioBuilder signIn = scenario("citizens sign in")
            .feed(listFeeder(citizens(CITIZENS)).queue())
            .exec(Portal.signIn("#{cccd}"))
            .doIf(s -> s.contains("signInStatus") && s.getInt("signInStatus") == 200)
            .then(exec(register).doIf(s -> !s.isFailed()).then(exec(Portal.signIn("#{cccd}"))))
            .exec(s -> {
                if (s.isFailed() || !s.contains("signInStatus") || s.getInt("signInStatus") != 302) {
                    signInFailures.incrementAndGet();
                    return s.markAsFailed();
                }
                return s;
            })
            .exitHereIfFailed()
            .exec(getCookieValue(CookieKey("JSESSIONID")))
            .exec(s -> {
                free.add(s.getString("JSESSIONID"));
                sessionCount.incrementAndGet();
                return s;
            });

    /**
     * The measure: one submission, in a citizen's session that no other submission is using (taken
     * from the pool, waited for when all are busy, given back at the end whatever happened).
     */
    private final ScenarioBuilder submit = scenario("submission")
            .exec(s -> {
                if (measureStart.compareAndSet(0, System.currentTimeMillis())) {
                    cpuAtStart = ServerCpu.now();
                }
                int n = next.getAndIncrement();
                return s.set("procedure", PROCEDURES.get(n % PROCEDURES.size())).set("arrived", System.currentTimeMillis());
            })
            // polled, more slowly the longer a submission waits, so that thousands waiting cost little
            .asLongAs(s -> !s.contains("sid") && sessionCount.get() > 0
                    && System.currentTimeMillis() - s.getLong("arrived") < MAX_WAIT_MS, "polls").on(
                    exec(s -> {
                        String sid = free.poll();
                        return sid == null ? s : s.set("sid", sid);
                    }).doIf(s -> !s.contains("sid")).then(
                            pause(s -> Duration.ofMillis(Math.min(500, 10L << Math.min(6, s.getInt("polls")))))))
            .doIfOrElse(s -> s.contains("sid")).then(
                    exec(s -> {
                        waited(System.currentTimeMillis() - s.getLong("arrived"));
                        return s;
                    })
                    .exec(addCookie(Cookie("JSESSIONID", "#{sid}").withPath("/")))
                    .exec(submission())
                    .exec(s -> {
                        free.add(s.getString("sid"));
                        return s;
                    }))
            .orElse(exec(s -> {
                notRun.incrementAndGet();
                return s;
            }));

    /** The form, the post, the dossier page: each step only if the one before went well. */
    private ChainBuilder submission() {
        return exec(figures.timed("form", http("form").get("/account/submit.xhtml?procedure=#{procedure}")
                .check(status().is(200), substring("<form id=\"submission\""), bodyString().saveAs("page"))))
                .doIf(s -> s.getBoolean(GatlingFigures.OK)).then(
                        exec(s -> {
                            SubmissionBody.Form form = SubmissionBody.parse(s.getString("page"));
                            s = s.remove("page");
                            if (form.fileInputs().size() != 2) {
                                // a wrong bench.procedures: said once, and every such submission counts as not run
                                if (notRun.getAndIncrement() == 0) {
                                    System.out.println(s.getString("procedure") + " asks for " + form.fileInputs().size()
                                            + " documents; the measure posts two files: choose procedures with two documents");
                                }
                                return s;
                            }
                            return s.set("fields", form.fields())
                                    .set("file0", form.fileInputs().get(0)).set("file1", form.fileInputs().get(1));
                        })
                        .doIf(s -> s.contains("fields")).then(
                                exec(figures.timed("submit", http("submit").post("/account/submit.xhtml")
                                        .asMultipartForm()
                                        .formParamMap(s -> new HashMap<>(s.<Object>getMap("fields")))
                                        .bodyParts(
                                                ByteArrayBodyPart(s -> s.getString("file0"), SubmissionBody.FIRST_PDF)
                                                        .fileName("don-de-nghi.pdf").contentType("application/pdf"),
                                                ByteArrayBodyPart(s -> s.getString("file1"), SubmissionBody.SECOND_PDF)
                                                        .fileName("ban-ve.pdf").contentType("application/pdf"))
                                        .disableFollowRedirect()
                                        // success is the redirect to the new dossier's page; problems redraw the form (200)
                                        .check(status().is(302), headerRegex("Location",
                                                "/account/dossier\\.xhtml\\?code=([^&]+)").saveAs("code"))))
                                .doIf(s -> s.getBoolean(GatlingFigures.OK)).then(
                                        exec(s -> {
                                            String code = URLDecoder.decode(s.getString("code"), StandardCharsets.UTF_8);
                                            codes.add(code);
                                            return s.set("code", code);
                                        })
                                        .exec(figures.timed("dossier", http("dossier page").get("/account/dossier.xhtml")
                                                .queryParam("code", "#{code}").queryParam("submitted", "true")
                                                .check(status().is(200), substring("#{code}")))))));
    }

    private synchronized void waited(long ms) {
        waits++;
        waitedMs += ms;
        maxWaitMs = Math.max(maxWaitMs, ms);
    }

    {
        setUp(signIn.injectOpen(atOnceUsers(CITIZENS))
                .andThen(submit.injectOpen(constantUsersPerSec(RATE).during(SECONDS))))
                .protocols(Portal.protocol());
    }

    @Override
    public void after() {
        System.out.printf("submission: %d citizens signed in (%d could not), %d submissions at %.1f/s for %d s, %d codes returned,"
                + " %d not attempted%n", sessionCount.get(), signInFailures.get(), next.get(), RATE, SECONDS, codes.size(), notRun.get());
        synchronized (this) {
            System.out.printf("submission: waiting for a free citizen session: %.0f ms on average, %d ms at most%n",
                    waits == 0 ? 0.0 : (double) waitedMs / waits, maxWaitMs);
        }
        System.out.print(figures.summary());
        if (CODES_OUT != null) {
            try {
                // appended: the harness checks every run's codes at the end
                Files.write(Path.of(CODES_OUT), codes, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.println("submission: codes written to " + CODES_OUT);
        }
        long start = measureStart.get();
        if (start == 0) {
            System.out.println("submission: nothing measured");
            return;
        }
        long end = start + SECONDS * 1000L;
        List<GatlingFigures.Sample> submits = figures.all("submit");
        GatlingFigures.figure("submission", "per_s", GatlingFigures.rate(submits, start + SECONDS * 1000L / 6, end));
        GatlingFigures.latencies("submission", submits);
        GatlingFigures.figure("submission", "errors",
                GatlingFigures.errors(figures.all("form", "submit", "dossier")) + notRun.get());
        GatlingFigures.figure("submission", "lost", 0);
        cpuAtStart.ifPresent(c -> c.report("submission", codes.size()));
    }
}
