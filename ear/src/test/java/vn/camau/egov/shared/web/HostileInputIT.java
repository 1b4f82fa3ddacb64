package vn.camau.egov.shared.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.e2e.Portal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus for what anyone on the internet can reach: every public page's and
 * endpoint's parameters, and the sign-in form, given hostile values. None may answer with a server
 * error or a stack trace, reflect markup unescaped, or let a value split a header. The count of
 * inputs tried is printed (README, "Reliability and security").
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    /** Values as a browser would send them (the test encodes them). */
    static final List<String> VALUES = List.of(
            "A".repeat(10_000),
            "ü".repeat(3_000),
            "\u0000\u0007\u001b[31m\b",
            "\r\nX-Injected: yes",
            "\u202egnp.exe",
            "\u200b\u200d\ufeff",
            "Nguye\u0302\u0303n Va\u0306n A",
            "😀🇻🇳",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "javascript:alert(1)",
            "' OR '1'='1' --",
            "1; DROP TABLE dossier; --",
            "%' AND 1=(SELECT COUNT(*) FROM audit_entry) --",
            "../../../../etc/passwd",
            "#{facesContext.externalContext}",
            "${7*7}",
            "{\"$gt\": \"\"}",
            "-1",
            "0",
            "99999999999999999999999",
            "NaN",
            "1e308",
            "",
            " ",
            "2026-13-45",
            "000.00.20.H12-261116-0015",
            "012345678901234567890");

    /** Bytes no browser would send: a lone surrogate, an overlong encoding, bytes that are not UTF-8, a NUL. */
    static final List<String> RAW = List.of("%ED%A0%80", "%C0%AE%C0%AE%2F", "%FF%FE%FD", "%00");

    /** Every public page and endpoint with its parameters; each parameter gets each value. */
    static final Map<String, List<String>> TARGETS = Map.ofEntries(
            Map.entry("/procedures.xhtml", List.of("q", "unit", "field", "level", "page")),
            Map.entry("/procedure.xhtml", List.of("code")),
            Map.entry("/lookup.xhtml", List.of("code", "id")),
            Map.entry("/verify.xhtml", List.of("code", "key")),
            Map.entry("/statistics.xhtml", List.of("year", "quarter")),
            Map.entry("/consultations.xhtml", List.of("phase", "page")),
            Map.entry("/consultation.xhtml", List.of("id")),
            Map.entry("/feedback-answers.xhtml", List.of("page", "q")),
            Map.entry("/feedback-view.xhtml", List.of("id", "key")),
            Map.entry("/news.xhtml", List.of("kind", "page")),
            Map.entry("/notice.xhtml", List.of("id")),
            Map.entry("/units.xhtml", List.of("q")),
            Map.entry("/api/tracking", List.of("code", "id")),
            Map.entry("/api/open-data/statistics.json", List.of("year", "quarter")),
            Map.entry("/api/open-data/statistics.csv", List.of("year", "quarter")),
            Map.entry("/language", List.of("to", "return")),
            Map.entry("/files/template", List.of("id")),
            Map.entry("/files/consultation", List.of("id")),
            Map.entry("/api/payments/ipn", List.of("vnp_TxnRef", "vnp_Amount", "vnp_SecureHash")));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    private static void assertHarmless(String what, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(what).isLessThan(500);
        // escaped, the values may be shown as text; the markup itself must never come back
        assertThat(response.body()).as(what).doesNotContainPattern(Portal.STACK_TRACE)
                .doesNotContain("<script>alert(", "\"><img src=x", "'><svg onload=", "WildFly");
        assertThat(response.headers().map().keySet()).as(what).noneMatch(h -> h.equalsIgnoreCase("X-Injected"));
        assertThat(response.headers().firstValue("Location").orElse("")).as(what)
                .doesNotContain("javascript:", "\r", "\n");
    }

    @Test
    void everyPublicParameterTakesEveryHostileValueWithoutAnErrorOrAnEcho() throws Exception {
        List<String> encoded = new ArrayList<>();
        VALUES.forEach(v -> encoded.add(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        encoded.addAll(RAW);
        Portal visitor = new Portal();
        int tried = 0;
        for (var target : TARGETS.entrySet()) {
            for (String parameter : target.getValue()) {
                for (String value : encoded) {
                    String path = target.getKey() + "?" + parameter + "=" + value;
                    String what = path.length() > 200 ? path.substring(0, 200) + "…" : path;
                    assertHarmless(what, visitor.get(path));
                    tried++;
                }
            }
        }
        // the same values as path segments of the REST and page addresses
        for (String value : encoded) {
            assertHarmless("/api/dossiers/" + value, visitor.get("/api/dossiers/" + value));
            assertHarmless("/" + value + ".xhtml", visitor.get("/" + value + ".xhtml"));
            tried += 2;
        }
        System.out.println("HostileInputIT: " + tried + " hostile GET requests, none answered with an error or an echo");
        assertThat(tried).isGreaterThan(1_000);
    }

    @Test
    void theSignInFormTakesHostileValuesAsAWrongSignIn() throws Exception {
        int tried = 0;
        for (String value : VALUES) {
            Portal visitor = new Portal();
            HttpResponse<String> response = visitor.signIn(value, value);
            String what = "sign-in with " + URLEncoder.encode(value.length() > 50 ? value.substring(0, 50) : value,
                    StandardCharsets.UTF_8);
            assertHarmless(what, response);
            // not signed in: the form again, not the workspace, with what was wrong
            assertThat(response.headers().firstValue("Location").orElse("")).as(what).doesNotContain("/workspace");
            assertThat(response.body()).as(what + " (" + response.statusCode() + ")").containsAnyOf("Tên đăng nhập hoặc mật khẩu không đúng", "vui lòng nhập");
            tried++;
        }
        System.out.println("HostileInputIT: " + tried + " hostile sign-ins, all refused cleanly");
    }
}
