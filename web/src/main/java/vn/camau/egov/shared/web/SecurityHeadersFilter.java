package vn.camau.egov.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.shared.application.ClientAddress;
import vn.camau.egov.shared.application.Settings;

import java.io.IOException;
import java.net.URI;

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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
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
