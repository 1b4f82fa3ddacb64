package vn.camau.egov.bench.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The portal under load: its address (system property {@code bench.url}) and what every
 * simulation's browser does the same way, signing in.
 */
final class Portal {

    static final String URL = System.getProperty("bench.url", "http://127.0.0.1:8580").replaceAll("/+$", "");

    /** The demo's password, which the harness's citizens get too. */
    static final String PASSWORD = "CaMau@2026demo";

    private Portal() {
    }

    /**
     * Browsers: Vietnamese, no warm-up request to gatling.io (the machine may be offline), redirects
     * not followed where a flow checks where it is sent.
     */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(URL)
                .disableWarmUp()
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("vi-VN,vi;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) egov-bench/Gatling");
    }

    /**
     * Signs in with the form of signin.xhtml as a browser without scripts does: the page, then the
     * post with its (stateless) view state. Leaves the answer's status in {@code signInStatus}: 302
     * (signed in, sent home) or 200 (the form again, with the reason); the session is failed, and
     * {@code signInStatus} unset, when either request failed. Callers count and stop failed users.
     */
    static ChainBuilder signIn(String usernameExpression) {
        return exec(http("sign-in page").get("/signin.xhtml")
                .check(status().is(200), css("input[name='jakarta.faces.ViewState']", "value").saveAs("signInViewState")))
                .doIf(s -> !s.isFailed()).then(exec(http("sign-in").post("/signin.xhtml")
                        .formParam("signin", "signin")
                        .formParam("signin:username", usernameExpression)
                        .formParam("signin:password", PASSWORD)
                        .formParam("signin:return", "")
                        .formParam("signin:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{signInViewState}")
                        .disableFollowRedirect()
                        .check(status().in(200, 302).saveAs("signInStatus"),
                                header("Location").optional().saveAs("signInLocation"))));
    }
}
