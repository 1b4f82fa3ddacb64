package vn.camau.egov.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.camau.egov.shared.application.ClientAddress;
import vn.camau.egov.shared.application.Settings;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Security headers on every response, and the visitor's address for the audit trail.
 * <p>
 * The Content-Security-Policy here is the baseline for everything; Faces pages get a second policy
 * from PrimeFaces that allows only scripts carrying the page's nonce. A browser enforces both, so
 * on a page only the site's own scripts and nonce-tagged inline scripts run.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'%s; frame-ancestors 'none'";

    /**
     * However active, a signed-in session ends this long after sign-in, and its owner signs in
     * again (OWASP ASVS 3.3.2); the idle timeout (30 minutes) is web.xml's session-timeout.
     */
    static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Settings settings;

    /**
     * The policy, letting forms lead to the payment provider too: a browser applies form-action
     * to the redirect after a post, and paying is a post that ends at the provider's page.
     */
    String policy() {
        String gateway = settings.paymentGatewayUrl();
        try {
            URI uri = URI.create(gateway);
            if (uri.getScheme() != null && uri.getHost() != null && uri.getScheme().matches("https?")) {
                return String.format(POLICY, " " + uri.getScheme() + "://" + uri.getRawAuthority());
            }
        } catch (IllegalArgumentException notAnAddress) {
            // no provider configured, or a mistyped one: forms stay on this site
        }
        return String.format(POLICY, "");
    }

    /** Whether the session began (at sign-in: the id changes then) longer ago than the absolute timeout. */
    static boolean outlived(HttpSession session, Instant now) {
        return session != null && now.toEpochMilli() - session.getCreationTime() > ABSOLUTE_TIMEOUT.toMillis();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            HttpSession session = request.getSession(false);
            if (request.getUserPrincipal() != null && outlived(session, Instant.now())) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/signin.xhtml");
                return;
            }
            clientAddress.set(request.getRemoteAddr());
            response.setHeader("Content-Security-Policy", policy());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000");
            }
            if (request.getUserPrincipal() != null && !request.getRequestURI().contains("/jakarta.faces.resource/")) {
                // pages of a signed-in person stay out of shared and browser caches
                response.setHeader("Cache-Control", "no-store");
            }
        }
        chain.doFilter(request, response);
    }
}
