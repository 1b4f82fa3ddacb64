package vn.camau.egov.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Switches the language: sets the language cookie and sends the visitor back to the page they came
 * from. Only a path on this site is accepted as the way back, so the link cannot be used to send
 * people elsewhere.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tag = "en".equals(request.getParameter("to")) ? "en" : "vi";
        Cookie cookie = new Cookie(Language.COOKIE, tag);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        response.sendRedirect(localPath(request.getContextPath(), request.getParameter("return")));
    }

    /** The way back if it is a path on this site, else the home page. */
    static String localPath(String contextPath, String requested) {
        String home = contextPath + "/";
        if (requested == null || requested.isEmpty() || requested.length() > 2000) {
            return home;
        }
        boolean local = requested.startsWith("/") && !requested.startsWith("//") && !requested.contains("\\")
                && requested.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        return local && requested.startsWith(home) ? requested : home;
    }
}
