package vn.camau.egov.identity.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.e2e.Portal;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out over HTTP, with the demo accounts, and what each role may open. */
@ExtendWith(ArquillianExtension.class)
class SignInFlowIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    @Test
    void aProtectedPageLeadsToSignInAndSigningInGivesANewSessionId() throws Exception {
        Portal official = new Portal();
        HttpResponse<String> protectedPage = official.get("/workspace/index.xhtml");
        assertThat(protectedPage.body()).as("the sign-in form, at the protected page's address").contains("signin:username")
                .doesNotContain("Xin chào");
        String before = official.cookie("JSESSIONID");
        assertThat(before).as("the saved request lives in a session").isNotNull();

        HttpResponse<String> signedIn = official.signIn("tiepnhan.stp", Portal.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/workspace/index.xhtml");
        String after = official.cookie("JSESSIONID");
        assertThat(after).isNotNull().isNotEqualTo(before);

        HttpResponse<String> workspace = official.get("/workspace/index.xhtml");
        assertThat(workspace.statusCode()).isEqualTo(200);
        assertThat(workspace.body()).contains("Lê Thị Ngọc Hân", "Sở Tư pháp", "Cán bộ tiếp nhận (Một cửa)");
        assertThat(workspace.headers().firstValue("Cache-Control")).contains("no-store");

        Portal attacker = new Portal();
        attacker.setCookie("JSESSIONID", before);
        assertThat(attacker.get("/workspace/index.xhtml").body()).as("the old session id is worthless")
                .contains("signin:username").doesNotContain("Lê Thị Ngọc Hân");
    }

    @Test
    void sessionCookiesAreSecureOverHttpsAndNotOverPlainHttp() throws Exception {
        HttpResponse<String> plain = new Portal().get("/workspace/index.xhtml");
        assertThat(Portal.setCookies(plain)).filteredOn(c -> c.startsWith("JSESSIONID")).singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax").doesNotContainPattern("(?i);\\s*secure"));

        // WildFly's HTTPS listener with its self-signed certificate for localhost; the test trusts it
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String auth) {
            }

            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String auth) {
            }

            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        java.net.http.HttpClient https = java.net.http.HttpClient.newBuilder().sslContext(trustAll).build();
        int port = 8443 + Integer.getInteger("egov.it.port-offset", 100);
        HttpResponse<String> secure = https.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("https://localhost:" + port + "/workspace/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(secure.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID")).singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax").containsPattern("(?i);\\s*secure"));
        HttpResponse<String> home = https.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("https://localhost:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Portal official = new Portal();
        official.signIn("lanhdao.stp", Portal.DEMO_PASSWORD);
        assertThat(official.get("/workspace/index.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> out = official.post("/signout", Map.of());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(official.get("/workspace/index.xhtml").body()).contains("signin:username").doesNotContain("Đặng Minh Khoa");
        assertThat(official.get("/?signedOut=true").body()).contains("Bạn đã đăng xuất.");
    }

    @Test
    void aWrongPasswordGetsAClearMessageAndRepeatedOnesLockTheAccount() throws Exception {
        // an account no other test signs in with: the lock outlives this test
        Portal visitor = new Portal();
        HttpResponse<String> wrong = visitor.signIn("chuyenvien.stnmt", "không phải mật khẩu");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");

        visitor.setCookie("egov-lang", "en");
        assertThat(visitor.signIn("chuyenvien.stnmt", "still wrong").body()).contains("The username or password is incorrect");
        for (int i = 0; i < 3; i++) {
            visitor.signIn("chuyenvien.stnmt", "wrong " + i);
        }
        HttpResponse<String> locked = visitor.signIn("chuyenvien.stnmt", Portal.DEMO_PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(locked.body()).contains("The account is locked for a while");
    }

    @Test
    void eachRoleOpensOnlyItsPages() throws Exception {
        Portal citizen = new Portal();
        assertThat(citizen.signIn("096088000001", Portal.DEMO_PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/account/dossiers.xhtml");
        assertThat(citizen.get("/account/index.xhtml").body()).contains("Nguyễn Văn An", "096088000001");
        HttpResponse<String> refused = citizen.get("/workspace/index.xhtml");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Không có quyền truy cập")
                .doesNotContainPattern(Portal.STACK_TRACE);

        Portal specialist = new Portal();
        specialist.signIn("vanthu.stp", Portal.DEMO_PASSWORD);
        assertThat(specialist.get("/workspace/index.xhtml").body()).doesNotContain("menu-officials", "menu-audit");
        assertThat(specialist.get("/workspace/organization/officials.xhtml").statusCode()).isEqualTo(403);
        assertThat(specialist.get("/workspace/audit.xhtml").statusCode()).isEqualTo(403);

        Portal unitAdmin = new Portal();
        unitAdmin.signIn("quantri.stp", Portal.DEMO_PASSWORD);
        HttpResponse<String> officials = unitAdmin.get("/workspace/organization/officials.xhtml");
        assertThat(officials.statusCode()).isEqualTo(200);
        assertThat(officials.body()).contains("tiepnhan.stp", "Lê Thị Ngọc Hân").doesNotContain("tiepnhan.tpcm");
        assertThat(unitAdmin.get("/workspace/audit.xhtml").statusCode()).isEqualTo(403);

        Portal provinceAdmin = new Portal();
        provinceAdmin.signIn("quantri.tinh", Portal.DEMO_PASSWORD);
        HttpResponse<String> audit = provinceAdmin.get("/workspace/audit.xhtml");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("SIGN_IN", "quantri.tinh", "127.0.0.1");
    }

    @Test
    void registrationNamesTheWrongFieldsInVietnameseAndThenWorks() throws Exception {
        Portal visitor = new Portal();
        HttpResponse<String> refused = visitor.post("/register.xhtml", registration("Trần Văn Bình", "123", "binh@", "12",
                "ngắn", "khác"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Số Căn cước công dân: phải gồm đúng 12 chữ số.",
                "Thư điện tử: địa chỉ không hợp lệ", "Số điện thoại: gồm số 0 và 9 chữ số",
                "Mật khẩu: cần ít nhất 12 ký tự.", "Nhập lại mật khẩu: không khớp với mật khẩu.");
        assertThat(Portal.setCookies(refused)).noneMatch(c -> c.startsWith("JSESSIONID"));

        String cccd = String.format("096%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String password = "bến Ninh Kiều mùa nước nổi";
        HttpResponse<String> registered = visitor.post("/register.xhtml", registration("Trần Văn Bình", cccd,
                "binh." + cccd + "@example.vn", "0918 123 456", password, password));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        assertThat(registered.headers().firstValue("Location").orElseThrow()).endsWith("/signin.xhtml?registered=true");

        assertThat(visitor.signIn(cccd, password).headers().firstValue("Location").orElseThrow())
                .endsWith("/account/dossiers.xhtml");
        assertThat(visitor.get("/account/index.xhtml").body()).contains("Trần Văn Bình", "0918123456");
    }

    private static Map<String, String> registration(String name, String cccd, String email, String phone,
                                                    String password, String confirmation) {
        return Map.of("registration", "registration", "registration:fullName", name,
                "registration:citizenId", cccd, "registration:email", email, "registration:phone", phone,
                "registration:password", password, "registration:passwordConfirmation", confirmation,
                "registration:submit", "", "jakarta.faces.ViewState", "stateless");
    }
}
