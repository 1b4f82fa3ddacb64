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
        response.sendRedirect(LocalPaths.orHome(request.getContextPath(), request.getParameter("return")));
    }
}
