package vn.camau.egov.dossier.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.egov.dossier.infrastructure.VnpayProtocol;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.domain.VietnamTime;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * A sandbox payment gateway speaking VNPay's protocol, for demonstrations and tests: the bank
 * that cannot exist here. It checks the merchant's signed request, shows the order, and when the
 * payer pays (or cancels) it does what the real gateway does: sends the signed notice to the
 * province's IPN address over HTTP, then sends the payer's browser back with the same signed
 * fields. No money moves. Answers only when {@code egov.payment.sandbox} is on (demo mode).
 */
@WebServlet("/sandbox/payment")
public class SandboxPaymentGateway extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SandboxPaymentGateway.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Settings settings;

    private transient HttpClient http;

    @Override
    public void init() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The gateway's page: the order, and the payer's two choices. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> order = signedOrder(request, response);
        if (order == null) {
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        long amount = Long.parseLong(order.get("vnp_Amount")) / 100;
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>Cổng thanh toán thử nghiệm</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/jakarta.faces.resource/portal.css.xhtml?ln=egov\"></head><body><main class=\"container\">");
        out.println("<h1>Cổng thanh toán thử nghiệm (sandbox)</h1>");
        out.println("<p class=\"notice\">Môi trường thử nghiệm theo giao thức VNPay 2.1.0: không có tiền thật được chuyển.</p>");
        out.println("<dl class=\"facts\"><dt>Đơn vị chấp nhận thanh toán</dt><dd>" + html(order.get("vnp_TmnCode")) + "</dd>");
        out.println("<dt>Nội dung</dt><dd id=\"sandbox-order\">" + html(order.get("vnp_OrderInfo")) + "</dd>");
        out.println("<dt>Mã giao dịch</dt><dd>" + html(order.get("vnp_TxnRef")) + "</dd>");
        out.println("<dt>Số tiền</dt><dd id=\"sandbox-amount\">"
                + NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(amount) + " đ</dd></dl>");
        out.println("<form method=\"post\" action=\"" + request.getContextPath() + "/sandbox/payment\">");
        for (Map.Entry<String, String> field : order.entrySet()) {
            out.println("<input type=\"hidden\" name=\"" + html(field.getKey()) + "\" value=\"" + html(field.getValue()) + "\">");
        }
        out.println("<button type=\"submit\" id=\"sandbox-pay\" name=\"decision\" value=\"pay\" class=\"plain-button\">Thanh toán</button> ");
        out.println("<button type=\"submit\" id=\"sandbox-cancel\" name=\"decision\" value=\"cancel\" class=\"secondary-button\">Hủy giao dịch</button>");
        out.println("</form></main></body></html>");
    }

    /** The payer decided: notify the province's server, then send the browser back. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> order = signedOrder(request, response);
        if (order == null) {
            return;
        }
        boolean pay = "pay".equals(request.getParameter("decision"));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("vnp_TmnCode", order.get("vnp_TmnCode"));
        answer.put("vnp_Amount", order.get("vnp_Amount"));
        answer.put("vnp_BankCode", "NCB");
        answer.put("vnp_CardType", "ATM");
        answer.put("vnp_OrderInfo", order.get("vnp_OrderInfo"));
        answer.put("vnp_PayDate", TIME.format(Instant.now().atZone(VietnamTime.ZONE)));
        answer.put("vnp_ResponseCode", pay ? VnpayProtocol.PAID : VnpayProtocol.CANCELLED);
        answer.put("vnp_TransactionNo", String.valueOf(10_000_000 + RANDOM.nextInt(90_000_000)));
        answer.put("vnp_TransactionStatus", pay ? "00" : "02");
        answer.put("vnp_TxnRef", order.get("vnp_TxnRef"));
        String signed = protocol().signedQuery(answer);

        String ipn = settings.paymentSandboxIpnUrl().isEmpty()
                ? "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api/payments/ipn"
                : settings.paymentSandboxIpnUrl();
        try {
            HttpResponse<String> confirmed = http.send(HttpRequest.newBuilder(URI.create(ipn + "?" + signed))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            LOG.info(() -> "Sandbox notice for " + order.get("vnp_TxnRef") + " answered " + confirmed.body());
        } catch (IOException e) {
            // the real gateway retries later; the return page then says the payment is pending
            LOG.warning(() -> "Sandbox notice for " + order.get("vnp_TxnRef") + " not delivered: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String back = order.get("vnp_ReturnUrl");
        response.sendRedirect(back + (back.contains("?") ? "&" : "?") + signed);
    }

    /** The merchant's request, if it is signed with the shared secret; otherwise the answer is already sent. */
    private Map<String, String> signedOrder(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.paymentSandbox()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        Map<String, String> order = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("vnp_")) {
                order.put(name, values.length == 1 ? values[0] : "");
            }
        });
        if (!protocol().verify(order) || order.get("vnp_ReturnUrl") == null || order.get("vnp_Amount") == null
                || !order.get("vnp_Amount").matches("\\d{1,15}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Chữ ký không hợp lệ");
            return null;
        }
        return order;
    }

    private VnpayProtocol protocol() {
        return new VnpayProtocol(settings.paymentSecret());
    }

    private static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
