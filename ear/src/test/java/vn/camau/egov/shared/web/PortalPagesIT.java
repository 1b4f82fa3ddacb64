package vn.camau.egov.shared.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.camau.egov.e2e.Portal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The public portal as an anonymous visitor meets it. */
@ExtendWith(ArquillianExtension.class)
class PortalPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    @ArquillianResource
    private ManagementClient management;

    @Test
    void theHomePageSpeaksVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        Portal visitor = new Portal();
        HttpResponse<String> vi = visitor.get("/");
        assertThat(vi.statusCode()).isEqualTo(200);
        assertThat(vi.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("UTF-8"));
        assertThat(vi.body()).contains("lang=\"vi\"", "Dịch vụ công trực tuyến tỉnh Cà Mau", "Đăng nhập");

        HttpResponse<String> switched = visitor.get("/language?to=en&return=%2Funits.xhtml");
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/units.xhtml"));
        assertThat(visitor.cookie("egov-lang")).isEqualTo("en");

        HttpResponse<String> en = visitor.get("/");
        assertThat(en.body()).contains("lang=\"en\"", "Cà Mau online public services", "Sign in")
                .doesNotContain("Đăng nhập");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/units.xhtml", "/procedures.xhtml", "/signin.xhtml", "/register.xhtml",
            "/procedure.xhtml?code=1.001001.000.00.00.H12", "/lookup.xhtml?code=X&id=012345678901",
            "/verify.xhtml?code=X", "/sandbox/payment", "/no-such-page", "/api/health/ready", "/statistics.xhtml",
            "/consultations.xhtml", "/consultations.xhtml?phase=CLOSED", "/feedback.xhtml", "/feedback-answers.xhtml",
            "/news.xhtml", "/news.xhtml?kind=PROCUREMENT", "/plan.xhtml", "/api/open-data/statistics.json",
            "/api/tracking?code=X&id=012345678901"})
    void anAnonymousGetCreatesNoSession(String path) throws Exception {
        HttpResponse<String> response = new Portal().get(path);
        assertThat(Portal.setCookies(response)).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(response.body()).doesNotContain("jakarta.faces.ViewState\" value=\"-");
    }

    @Test
    void thePaymentNoticeEndpointAnswersThePaymentProtocolAndTrustsNoUnsignedNotice() throws Exception {
        Portal provider = new Portal();
        HttpResponse<String> unsigned = provider.get("/api/payments/ipn?vnp_TxnRef=X-1&vnp_Amount=20000000&vnp_ResponseCode=00");
        assertThat(unsigned.statusCode()).isEqualTo(200);
        assertThat(unsigned.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(unsigned.body()).isEqualTo("{\"RspCode\":\"97\",\"Message\":\"Invalid signature\"}");
        HttpResponse<String> forged = provider.get("/api/payments/ipn?vnp_TxnRef=X-1&vnp_Amount=20000000&vnp_ResponseCode=00"
                + "&vnp_TmnCode=CAMAUEGOV&vnp_SecureHash=" + "ab".repeat(64));
        assertThat(forged.body()).contains("\"RspCode\":\"97\"");
        // the sandbox gateway refuses an order the portal did not sign
        assertThat(provider.get("/sandbox/payment?vnp_TxnRef=X-1&vnp_Amount=100&vnp_ReturnUrl=https://evil.example/")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void thePublicStatisticsShowEveryUnitsRatesAndNoPerson() throws Exception {
        String body = new Portal().get("/statistics.xhtml?year=2026&quarter=4").body();
        assertThat(body).contains("Thống kê giải quyết hồ sơ", "Quý 4 năm 2026", "Sở Tư pháp", "Tỷ lệ đúng hạn",
                "Phản ánh, kiến nghị (Quyết định 766)", "Trả lời đúng hạn");
        // the demo's citizens are nowhere on it
        assertThat(body).doesNotContain("Nguyễn Văn An", "096088000001");
        assertThat(new Portal().get("/statistics.xhtml?year=abc&quarter=9").statusCode()).isEqualTo(200);
    }

    @Test
    void theSameFiguresAreOpenDataInJsonAndCsv() throws Exception {
        int year = java.time.LocalDate.now().getYear();
        var json = new Portal().get("/api/open-data/statistics.json?year=" + year + "&quarter=1");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.body()).contains("\"quarter\":1", "\"unit_code\":\"STP\"", "\"unit_name\":\"Sở Tư pháp\"",
                "\"on_time_rate\"", "\"feedback_answered_on_time\"").doesNotContain("096088000001");
        assertThat(Portal.setCookies(json)).noneMatch(c -> c.startsWith("JSESSIONID"));
        var csv = new Portal().get("/api/open-data/statistics.csv?year=" + year + "&quarter=1");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("unit_code,unit_name,received,received_online,");
        assertThat(csv.body()).contains("STP,Sở Tư pháp,").contains("\"Sở Văn hóa, Thể thao và Du lịch\"");
        assertThat(new Portal().get("/api/open-data/statistics.json?year=2010&quarter=1").statusCode()).isEqualTo(400);
        assertThat(new Portal().get("/api/open-data/statistics.csv?quarter=9").statusCode()).isEqualTo(400);
    }

    @Test
    void theUnitsOfTheProvinceAreListedWithTheirIdentifiers() throws Exception {
        String body = new Portal().get("/units.xhtml").body();
        assertThat(body).contains("Sở Thông tin và Truyền thông", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ",
                "Ủy ban nhân dân huyện Ngọc Hiển", "000.00.00.H12", "964", "973");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = new Portal().get("/");
        var headers = response.headers();
        assertThat(headers.allValues("Content-Security-Policy"))
                .anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'", "object-src 'none'"))
                .anySatisfy(p -> assertThat(p).contains("script-src 'self' 'nonce-"));
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void anUnknownPageGetsTheApplicationsNotFoundPageInTheVisitorsLanguage() throws Exception {
        Portal visitor = new Portal();
        HttpResponse<String> vi = visitor.get("/khong-co-trang-nay");
        assertThat(vi.statusCode()).isEqualTo(404);
        assertThat(vi.body()).contains("Không tìm thấy trang").doesNotContainPattern(Portal.STACK_TRACE).doesNotContain("WildFly");

        visitor.setCookie("egov-lang", "en");
        assertThat(visitor.get("/khong-co-trang-nay").body()).contains("Page not found");
    }

    @Test
    void aTamperedViewStateNeverShowsAStackTrace() throws Exception {
        Portal visitor = new Portal();
        HttpResponse<String> response = visitor.post("/signin.xhtml", Map.of("signin", "signin",
                "signin:username", "x", "signin:password", "y", "jakarta.faces.ViewState", "-1234:5678'\"<script>"));
        assertThat(response.statusCode()).isBetween(200, 599);
        assertThat(response.body()).doesNotContainPattern(Portal.STACK_TRACE).doesNotContain("<script>'");
        assertThat(response.body()).contains("lang=\"vi\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"})
    void theLanguageSwitchOnlyReturnsToThisSite(String target) throws Exception {
        HttpResponse<String> response = new Portal().get("/language?to=vi&return="
                + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).isEqualTo(Portal.baseUrl() + "/");
    }

    @Test
    void readinessFollowsTheBroker() throws Exception {
        Portal probe = new Portal();
        HttpResponse<String> up = probe.get("/api/health/ready");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"status\":\"UP\"", "\"database\"", "\"broker\"");

        ModelNode acceptor = address("server", "default", "in-vm-acceptor", "in-vm");
        // the hub's inbound bridge holds XA sessions on the in-VM acceptor: it stops first, as an operator would
        ModelNode bridge = address("jms-bridge", "egov-hub-inbound");
        execute(bridge, "stop");
        try {
            execute(acceptor, "stop");
            HttpResponse<String> down = probe.get("/api/health/ready");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"broker\":{\"status\":\"DOWN\"}", "\"database\":{\"status\":\"UP\"}");
        } finally {
            execute(acceptor, "start");
            execute(bridge, "start");
        }
        assertThat(probe.get("/api/health/ready").statusCode()).isEqualTo(200);
        assertThat(probe.get("/api/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void aCitizenRegistersWhileTheBrokerIsAwayAndTheWelcomeMailLeavesWhenItIsBack() throws Exception {
        ModelNode acceptor = address("server", "default", "in-vm-acceptor", "in-vm");
        ModelNode bridge = address("jms-bridge", "egov-hub-inbound");
        ModelNode mailQueue = address("server", "default", "jms-queue", "egov.mail");
        long mailsBefore = attribute(mailQueue, "messages-added").asLong();

        Portal visitor = new Portal();
        String cccd = String.format("096%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String password = "mưa dầm thấm lâu đất Mũi";
        execute(bridge, "stop");
        try {
            execute(acceptor, "stop");
            HttpResponse<String> registered = visitor.post("/register.xhtml", Map.of("registration", "registration",
                    "registration:fullName", "Lý Thị Hoa", "registration:citizenId", cccd,
                    "registration:email", "hoa." + cccd + "@example.vn", "registration:phone", "0918 765 432",
                    "registration:password", password, "registration:passwordConfirmation", password,
                    "registration:submit", "", "jakarta.faces.ViewState", "stateless"));
            assertThat(registered.statusCode()).as("registered with the broker away: " + registered.body()).isEqualTo(302);
            // the welcome mail waits in the outbox, in the database, through three of the relay's runs;
            // not a minute old, so the relay is not reported late yet
            Thread.sleep(3_000);
            assertThat(attribute(mailQueue, "messages-added").asLong()).isEqualTo(mailsBefore);
            assertThat(visitor.get("/api/health/outbox").statusCode()).isEqualTo(200);
        } finally {
            execute(acceptor, "start");
            execute(bridge, "start");
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (attribute(mailQueue, "messages-added").asLong() == mailsBefore && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(attribute(mailQueue, "messages-added").asLong()).as("the welcome mail on the mail queue")
                .isGreaterThan(mailsBefore);
        assertThat(visitor.signIn(cccd, password).headers().firstValue("Location").orElseThrow())
                .endsWith("/account/dossiers.xhtml");
    }

    /** A resource of the messaging subsystem, by its path below the subsystem. */
    private static ModelNode address(String... path) {
        ModelNode node = new ModelNode();
        ModelNode address = node.get("address").add("subsystem", "messaging-activemq");
        for (int i = 0; i < path.length; i += 2) {
            address.add(path[i], path[i + 1]);
        }
        return node;
    }

    private ModelNode attribute(ModelNode address, String name) throws Exception {
        ModelNode op = address.clone();
        op.get("operation").set("read-attribute");
        op.get("name").set(name);
        ModelNode result = management.getControllerClient().execute(op);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
        return result.get("result");
    }

    private void execute(ModelNode address, String operation) throws Exception {
        ModelNode op = address.clone();
        op.get("operation").set(operation);
        ModelNode result = management.getControllerClient().execute(op);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }
}
