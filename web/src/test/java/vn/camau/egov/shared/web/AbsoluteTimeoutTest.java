package vn.camau.egov.shared.web;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AbsoluteTimeoutTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    /** A session begun at the given time; nothing else of it is asked. */
    private static HttpSession begunAt(Instant created) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getCreationTime")) {
                        return created.toEpochMilli();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActive() {
        assertThat(SecurityHeadersFilter.ABSOLUTE_TIMEOUT).isEqualTo(Duration.ofHours(12));
        assertThat(SecurityHeadersFilter.outlived(begunAt(NOW.minus(Duration.ofHours(11).plusMinutes(59))), NOW)).isFalse();
        assertThat(SecurityHeadersFilter.outlived(begunAt(NOW.minus(Duration.ofHours(12).plusSeconds(1))), NOW)).isTrue();
        assertThat(SecurityHeadersFilter.outlived(null, NOW)).isFalse();
    }
}
