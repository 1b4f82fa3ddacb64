package vn.camau.egov.shared.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Every cookie the application sets (the session cookie included) gets SameSite=Lax, and Secure
 * when the request came over HTTPS (directly, or through a proxy the server trusts). The servlet
 * API can only make the session cookie always Secure or never; this decides per request.
 * Registered in META-INF/services/io.undertow.servlet.ServletExtension.
 */
public class CookieHardening implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addInitialHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(CookieHardening::harden);
            next.handleRequest(exchange);
        });
    }

    private static void harden(HttpServerExchange exchange) {
        boolean secure = exchange.isSecure();
        for (Cookie cookie : exchange.responseCookies()) {
            if (cookie.getSameSiteMode() == null) {
                cookie.setSameSiteMode("Lax");
            }
            if (secure) {
                cookie.setSecure(true);
            }
        }
    }
}
