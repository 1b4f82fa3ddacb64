package vn.camau.egov.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The visitor's language: Vietnamese unless the language cookie says English. Kept in a cookie, not
 * in the HTTP session, so an anonymous visitor's pages stay stateless.
 */
@Named
@RequestScoped
public class Language {

    public static final String COOKIE = "egov-lang";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = VIETNAMESE;
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                        locale = Locale.ENGLISH;
                    }
                }
            }
        }
        return locale;
    }

    /** "vi" or "en", for the html element's lang attribute and for choosing names. */
    public String getTag() {
        return getLocale().getLanguage();
    }

    /** The link that switches to a language and comes back to this page. */
    public String switchUrl(String tag) {
        // on an error page, come back to the address that failed, not to the error page itself
        String uri = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        String query = null;
        if (uri == null) {
            uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
            query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        }
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String back = query == null ? uri : uri + "?" + query;
        return request.getContextPath() + "/language?to=" + tag + "&return="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
