package vn.camau.egov.bench.baseline;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Baseline: the cheapest page WildFly can serve on this machine. A fixed HTML page of about the
 * size of the lookup page, no session, no database, no rendering.
 */
@WebServlet("/fixed")
public class FixedPage extends HttpServlet {

    private static final byte[] PAGE = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\">"
            + "<title>Tra cứu hồ sơ</title></head><body><main><h1>Tra cứu hồ sơ</h1>"
            + "<p>" + "Trang cố định để đo mức trần của máy chủ. ".repeat(150) + "</p></main></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(PAGE.length);
        response.getOutputStream().write(PAGE);
    }
}
