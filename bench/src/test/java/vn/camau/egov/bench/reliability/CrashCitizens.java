package vn.camau.egov.bench.reliability;

import vn.camau.egov.bench.Args;
import vn.camau.egov.bench.gatling.SubmissionBody;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Citizens and their bank in the crash test (bench/reliability.sh), through every kill -9 of the
 * server: K citizens submit N level-4 dossiers with two 200 KB files each through the real pages at
 * a steady rate, and start paying each one; the bank then settles the payments with its
 * server-to-server notices (IPN, VNPay 2.1.0, signed with the secret the server was started with),
 * in bursts every few seconds, each notice sent twice at once, and again until the portal answers
 * 00 or 02, as a payment provider retries.
 *
 * <p>A submission counts once the portal answered it with a dossier code. A request cut off by the
 * server going away is not: the citizen signs in again and submits anew, and the database check
 * then finds that every dossier, answered or cut off, is whole. Writes one line per answered
 * dossier to --out: code, payment reference, and what the portal answered the bank's notice
 * (confirmed, refused, unanswered).
 *
 * <pre>
 * CrashCitizens --url URL --secret S --submissions N --out FILE [--rate PER_SECOND (2)] [--citizens K (8)]
 *               [--procedure CODE (1.001009.000.00.00.H12: level 4, a fee, two documents)]
 *               [--timeout SECONDS (300): how long the bank keeps trying after the last submission]
 * </pre>
 */
public final class CrashCitizens {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern CODE = Pattern.compile("/account/dossier\\.xhtml\\?code=([^&]+)");
    private static final Pattern ERROR = Pattern.compile("class=\"ui-message-error-detail\">([^<]*)<");
    private static final DateTimeFormatter PAY_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final String url;
    private final String procedure;
    private final String secret;
    private final HttpClient bankClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** A payment order as the portal sent it to the provider: its reference, amount (VND) and merchant. */
    private record Order(String reference, long amount, String merchant) {
    }

    /** Payments started and not yet confirmed by the portal, by reference. */
    private final Map<String, Order> unconfirmed = new java.util.concurrent.ConcurrentHashMap<>();
    /** Answered dossiers: code → reference of its payment ("-" until one was started). */
    private final Map<String, String> dossiers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Queue<String> confirmed = new ConcurrentLinkedQueue<>();
    /** Payments the portal answered a final no to: an order it had sent the citizen to pay and then did not know. */
    private final Queue<String> refused = new ConcurrentLinkedQueue<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger notes = new AtomicInteger();
    private final AtomicInteger cutOff = new AtomicInteger();
    private final AtomicInteger notices = new AtomicInteger();
    private final AtomicInteger alreadyConfirmed = new AtomicInteger();

    private CrashCitizens(String url, String procedure, String secret) {
        this.url = url.replaceAll("/+$", "");
        this.procedure = procedure;
        this.secret = secret;
    }

    public static void main(String[] args) throws Exception {
        Args o = new Args(args);
        int count = Integer.parseInt(o.get("submissions"));
        double rate = Double.parseDouble(o.get("rate", "2"));
        int citizens = Integer.parseInt(o.get("citizens", "8"));
        long timeoutNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(o.get("timeout", "300")));
        CrashCitizens run = new CrashCitizens(o.get("url"), o.get("procedure", "1.001009.000.00.00.H12"), o.get("secret"));

        ExecutorService pool = Executors.newFixedThreadPool(citizens);
        AtomicLong tickets = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 1; i <= citizens; i++) {
            Citizen citizen = run.new Citizen(String.format("0991%08d", i));
            running.add(pool.submit(() -> {
                long n;
                while ((n = tickets.getAndIncrement()) < count) {
                    long wait = t0 + (long) (n / rate * 1e9) - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    citizen.submitAndPay();
                    int answered = run.answered.incrementAndGet();
                    if (answered % 100 == 0) {
                        System.out.printf("crash citizens: %d dossiers answered and their payments started%n", answered);
                    }
                }
                return null;
            }));
        }
        Thread bank = new Thread(() -> run.bank(running, timeoutNanos), "bank");
        bank.start();
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("crash citizens: %d dossiers answered with a code in %.1f s, %d requests cut off and made again%n",
                run.dossiers.size(), (System.nanoTime() - t0) / 1e9, run.cutOff.get());
        bank.join();

        List<String> lines = run.dossiers.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue() + "\t"
                + (run.confirmed.contains(e.getValue()) ? "confirmed" : run.refused.contains(e.getValue()) ? "refused" : "unanswered"))
                .sorted().toList();
        Files.write(Path.of(o.get("out")), lines, StandardCharsets.UTF_8);
        long paymentsStarted = run.dossiers.values().stream().filter(r -> !r.equals("-")).count();
        System.out.printf("crash citizens: %d payments started, %d confirmed by the portal, %d refused, %d never answered"
                        + " (%d notices sent, %d of them answered 'already confirmed')%n", paymentsStarted, run.confirmed.size(),
                run.refused.size(), run.unconfirmed.size(), run.notices.get(), run.alreadyConfirmed.get());
        System.exit(run.dossiers.size() == count && run.confirmed.size() == count ? 0 : 1);
    }

    /** One signed-in citizen: a browser with its own cookies, one request at a time. */
    private final class Citizen {

        private final String cccd;
        private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
        private boolean signedIn;

        Citizen(String cccd) {
            this.cccd = cccd;
        }

        /** One dossier submitted and its payment started, whatever the server goes through meanwhile. */
        void submitAndPay() throws InterruptedException {
            String code = null;
            while (code == null) {
                code = attempt(this::submit);
            }
            dossiers.put(code, "-");
            Order payment = null;
            while (payment == null) {
                final String c = code;
                payment = attempt(() -> pay(c));
            }
            dossiers.put(code, payment.reference());
            unconfirmed.put(payment.reference(), payment);
        }

        /** The step's result; null when it has to be made again (cut off, or the session was lost with the server). */
        private <T> T attempt(Step<T> step) throws InterruptedException {
            try {
                if (!signedIn) {
                    signIn();
                }
                T result = step.run();
                if (result == null) {
                    note(cccd + ": an unexpected answer; signing in again");
                    signedIn = false;
                }
                return result;
            } catch (IOException cut) {
                cutOff.incrementAndGet();
                note(cccd + ": cut off: " + cut);
                signedIn = false;
                TimeUnit.SECONDS.sleep(1);
                return null;
            } catch (RuntimeException unexpectedPage) {
                // a page not as expected (the server still starting, say): that step again, after a while
                note(cccd + ": " + unexpectedPage);
                signedIn = false;
                TimeUnit.SECONDS.sleep(1);
                return null;
            }
        }

        private void signIn() throws IOException, InterruptedException {
            HttpResponse<String> page = get("/signin.xhtml");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("signin", "signin");
            form.put("signin:username", cccd);
            form.put("signin:password", "CaMau@2026demo");
            form.put("signin:return", "");
            form.put("signin:submit", "");
            form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
            if (postForm("/signin.xhtml", form).statusCode() == 302) {
                signedIn = true;
                return;
            }
            // unknown yet: registered (the first time only), then signed in
            Map<String, String> registration = new LinkedHashMap<>();
            registration.put("registration", "registration");
            registration.put("registration:fullName", "Người Thử Sự Cố");
            registration.put("registration:citizenId", cccd);
            registration.put("registration:email", "thusuco" + cccd + "@example.vn");
            registration.put("registration:phone", "09" + cccd.substring(4));
            registration.put("registration:password", "CaMau@2026demo");
            registration.put("registration:passwordConfirmation", "CaMau@2026demo");
            registration.put("registration:submit", "");
            registration.put("jakarta.faces.ViewState", "stateless");
            postForm("/register.xhtml", registration);
            page = get("/signin.xhtml");
            form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
            signedIn = postForm("/signin.xhtml", form).statusCode() == 302;
            if (!signedIn) {
                throw new IOException("could not sign in as " + cccd);
            }
        }

        /** The dossier code the portal answered with; null when the form or the answer was not the expected one. */
        private String submit() throws IOException, InterruptedException {
            HttpResponse<String> page = get("/account/submit.xhtml?procedure=" + procedure);
            if (page.statusCode() != 200 || !page.body().contains("<form id=\"submission\"")) {
                return null;
            }
            SubmissionBody.Form form = SubmissionBody.parse(page.body());
            Multipart body = new Multipart();
            form.fields().forEach((name, value) -> body.field(name, String.valueOf(value)));
            body.file(form.fileInputs().get(0), "don-de-nghi.pdf", SubmissionBody.FIRST_PDF);
            body.file(form.fileInputs().get(1), "dieu-le.pdf", SubmissionBody.SECOND_PDF);
            HttpResponse<String> answer = post("/account/submit.xhtml", body);
            Matcher code = CODE.matcher(answer.headers().firstValue("Location").orElse(""));
            if (answer.statusCode() == 302 && code.find()) {
                return URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
            }
            Matcher error = ERROR.matcher(answer.body());
            note(cccd + ": submission answered " + answer.statusCode() + (error.find() ? ": " + error.group(1) : ""));
            return null;
        }

        /** The started payment, read from the address of the provider's page the portal sends the citizen to. */
        private Order pay(String code) throws IOException, InterruptedException {
            HttpResponse<String> page = get("/account/dossier.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            int start = page.body().indexOf("<form id=\"actions\"");
            if (page.statusCode() != 200 || start < 0 || !page.body().contains("name=\"actions:pay\"")) {
                return null;
            }
            String form = page.body().substring(start, page.body().indexOf("</form>", start));
            Multipart body = new Multipart();
            Matcher hidden = HIDDEN.matcher(form);
            while (hidden.find()) {
                body.field(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
            }
            body.field("jakarta.faces.ViewState", find(VIEW_STATE, form));
            body.field("actions:pay", "pay");
            HttpResponse<String> answer = post("/account/dossier.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8), body);
            String location = answer.headers().firstValue("Location").orElse("");
            Map<String, String> order = query(location);
            if (answer.statusCode() != 302 || order.get("vnp_TxnRef") == null) {
                Matcher error = ERROR.matcher(answer.body());
                note(cccd + ": paying answered " + answer.statusCode() + (error.find() ? ": " + error.group(1) : ""));
                return null;
            }
            return new Order(order.get("vnp_TxnRef"), Long.parseLong(order.get("vnp_Amount")) / 100, order.get("vnp_TmnCode"));
        }

        private HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return browser.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return browser.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String path, Multipart body) throws IOException, InterruptedException {
            return browser.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + body.boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** What went wrong, the first 40 times: enough to see why, not a flood while the server is down. */
    private void note(String what) {
        if (notes.incrementAndGet() <= 40) {
            System.out.println("crash citizens: " + what);
        }
    }

    private interface Step<T> {
        T run() throws IOException, InterruptedException;
    }

    /**
     * The bank: every 3 seconds a burst of all payments not yet confirmed, each notice sent twice at
     * once; until every citizen is done and every payment confirmed, or nothing moved for the timeout.
     */
    private void bank(List<Future<?>> citizens, long timeoutNanos) {
        ExecutorService senders = Executors.newFixedThreadPool(16);
        long lastProgress = System.nanoTime();
        try {
            while (citizens.stream().anyMatch(f -> !f.isDone()) || (!unconfirmed.isEmpty()
                    && System.nanoTime() - lastProgress < timeoutNanos)) {
                TimeUnit.SECONDS.sleep(3);
                List<Future<String>> burst = new ArrayList<>();
                for (Order payment : new ArrayList<>(unconfirmed.values())) {
                    Map<String, String> notice = notice(payment);
                    for (int copy = 0; copy < 2; copy++) {
                        burst.add(senders.submit(() -> send(notice)));
                    }
                }
                for (Future<String> sent : burst) {
                    String answer = sent.get();
                    if (answer == null) {
                        continue;
                    }
                    // "00 REF"/"02 REF": taken; "01 REF" and the like: refused, which the bank does not send again
                    String reference = answer.substring(3);
                    if (unconfirmed.remove(reference) != null) {
                        (answer.startsWith("0") && !answer.startsWith("01") ? confirmed : refused).add(reference);
                        lastProgress = System.nanoTime();
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            senders.shutdownNow();
        }
    }

    /** A successful payment's notice, signed as VNPay 2.1.0 signs it: the vnp_ fields in name order, HMAC-SHA512. */
    private Map<String, String> notice(Order order) {
        String reference = order.reference();
        Map<String, String> fields = new TreeMap<>();
        fields.put("vnp_Amount", String.valueOf(order.amount() * 100));
        fields.put("vnp_BankCode", "NCB");
        fields.put("vnp_CardType", "ATM");
        fields.put("vnp_OrderInfo", "Thanh toan phi");
        fields.put("vnp_PayDate", LocalDateTime.now().format(PAY_DATE));
        fields.put("vnp_ResponseCode", "00");
        fields.put("vnp_TmnCode", order.merchant());
        // the provider's own number for the transaction: the same in every copy of the notice
        fields.put("vnp_TransactionNo", String.valueOf(Math.abs(reference.hashCode()) % 90_000_000 + 10_000_000));
        fields.put("vnp_TransactionStatus", "00");
        fields.put("vnp_TxnRef", reference);
        String signed = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            fields.put("vnp_SecureHash", HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return fields;
    }

    /**
     * The portal's answer code and the notice's reference ("00 REF"), when it gave a final one: 00,
     * 02 for a copy after the first, or a refusal; null when the notice is to be sent again.
     */
    private String send(Map<String, String> notice) {
        String query = notice.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        notices.incrementAndGet();
        try {
            HttpResponse<String> answer = bankClient.send(HttpRequest.newBuilder(URI.create(url + "/api/payments/ipn?" + query))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            String code = answer.statusCode() == 200 ? find(Pattern.compile("\"RspCode\":\"(\\d\\d)\""), answer.body()) : "";
            switch (code) {
                case "00" -> {
                    return code + " " + notice.get("vnp_TxnRef");
                }
                case "02" -> {
                    alreadyConfirmed.incrementAndGet();
                    return code + " " + notice.get("vnp_TxnRef");
                }
                case "01", "04", "97" -> {
                    System.out.println("crash citizens: notice for " + notice.get("vnp_TxnRef") + " refused with " + code);
                    return code + " " + notice.get("vnp_TxnRef");
                }
                default -> {
                    return null;
                }
            }
        } catch (IOException | InterruptedException | IllegalStateException notNow) {
            return null;
        }
    }

    private static String find(Pattern pattern, String text) throws IllegalStateException {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + pattern);
        }
        return m.group(1);
    }

    private static Map<String, String> query(String location) {
        Map<String, String> fields = new HashMap<>();
        int q = location.indexOf('?');
        if (q < 0) {
            return fields;
        }
        for (String pair : location.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** A multipart/form-data body, as a browser posts a form with files. */
    private static final class Multipart {

        final String boundary = "----egov" + UUID.randomUUID().toString().replace("-", "");
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void field(String name, String value) {
            text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        }

        void file(String name, String fileName, byte[] content) {
            text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n");
            out.writeBytes(content);
            text("\r\n");
        }

        byte[] bytes() {
            text("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void text(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
