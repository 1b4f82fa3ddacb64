package vn.camau.egov.bench.gatling;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The submission's baseline: the same multipart body (the submission form's seven fields and the
 * two 200 KB PDFs) posted to the bare servlet {@code /bench-baseline/upload}, which reads every byte
 * and stores nothing, by as many clients at once as the submission has signed-in citizens, each
 * posting again as soon as it has its answer. What the server and the load generator can do for the
 * upload alone, beside {@link SubmissionSimulation}.
 *
 * <p>A closed model, where the submission's is open: offered the submission's 100 a second, the
 * servlet answered 99.9 a second and showed nothing of its ceiling (twelfth session's run); with 100
 * clients it posts as fast as the machine lets it.
 *
 * <p>System properties: {@code bench.url}, {@code bench.citizens} (100: the clients),
 * {@code bench.seconds} (60). Figures, scenario {@code submission-baseline}: per_s (uploads answered
 * per second, from the first sixth of the duration to its end), p50/p95/p99 of the post, errors.
 */
public class UploadBaselineSimulation extends Simulation {

    private final GatlingFigures figures = new GatlingFigures();
    private final AtomicLong measureStart = new AtomicLong();
    private final SubmissionBody.Form form = SubmissionBody.baseline();
    /** What the servlet answers: the bytes it read, which are at least the two files'. */
    private static final long AT_LEAST = 2L * SubmissionBody.FILE_BYTES;

    private final ScenarioBuilder upload = scenario("submission-baseline")
            .exec(s -> {
                measureStart.compareAndSet(0, System.currentTimeMillis());
                return s;
            })
            .exec(figures.timed("upload", http("upload").post("/bench-baseline/upload")
                    .asMultipartForm()
                    .formParamMap(form.fields())
                    .bodyParts(
                            ByteArrayBodyPart(form.fileInputs().get(0), SubmissionBody.FIRST_PDF)
                                    .fileName("don-de-nghi.pdf").contentType("application/pdf"),
                            ByteArrayBodyPart(form.fileInputs().get(1), SubmissionBody.SECOND_PDF)
                                    .fileName("ban-ve.pdf").contentType("application/pdf"))
                    .check(status().is(200), bodyString().transform(b -> Long.parseLong(b.strip()) >= AT_LEAST).is(true))));

    {
        setUp(upload.injectClosed(constantConcurrentUsers(SubmissionSimulation.CITIZENS).during(SubmissionSimulation.SECONDS)))
                .protocols(Portal.protocol());
    }

    @Override
    public void after() {
        System.out.print(figures.summary());
        long start = measureStart.get();
        if (start == 0) {
            System.out.println("submission-baseline: nothing measured");
            return;
        }
        int seconds = SubmissionSimulation.SECONDS;
        List<GatlingFigures.Sample> uploads = figures.all("upload");
        GatlingFigures.figure("submission-baseline", "per_s",
                GatlingFigures.rate(uploads, start + seconds * 1000L / 6, start + seconds * 1000L));
        GatlingFigures.latencies("submission-baseline", uploads);
        GatlingFigures.figure("submission-baseline", "errors", GatlingFigures.errors(uploads));
    }
}
