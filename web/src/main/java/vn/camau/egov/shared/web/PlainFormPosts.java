package vn.camau.egov.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Lets the public forms (sign-in, registration) work without JavaScript. PrimeFaces' CSP support
 * expects every postback to carry the page's script nonce, which its JavaScript adds; a browser
 * with scripts off posts the form without it and PrimeFaces refuses the request. A public page is
 * stateless, so there is no stored nonce to compare with: such a post gets a fresh one, which only
 * decides the nonce of the page sent back.
 */
@WebFilter("*.xhtml")
public class PlainFormPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean plainPost = "POST".equals(request.getMethod()) && request.getHeader("Faces-Request") == null
                && "stateless".equals(request.getParameter("jakarta.faces.ViewState"))
                && request.getParameter(NONCE) == null;
        chain.doFilter(plainPost ? withNonce(request) : request, response);
    }

    private static HttpServletRequest withNonce(HttpServletRequest request) {
        Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
        parameters.put(NONCE, new String[] {Base64.getEncoder().encodeToString(
                UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))});
        Map<String, String[]> view = Collections.unmodifiableMap(parameters);
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = view.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return view;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(view.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return view.get(name);
            }
        };
    }
}
