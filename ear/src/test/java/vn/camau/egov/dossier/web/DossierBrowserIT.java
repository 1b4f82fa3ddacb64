package vn.camau.egov.dossier.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.camau.egov.e2e.Browser;
import vn.camau.egov.e2e.Portal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A level-3 dossier walked through in a real browser, in Vietnamese: found by typing without
 * diacritics, submitted with a file, accepted at the one-stop shop, processed by the specialist and
 * the leader, returned, and seen done by the citizen; a wrong file is refused with a clear message.
 */
@ExtendWith(ArquillianExtension.class)
class DossierBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    @Test
    void aLevel3DossierFromSubmissionToResult() throws Exception {
        try (Browser b = new Browser()) {
            // the citizen finds the procedure without typing diacritics
            b.open("/procedures.xhtml");
            b.type(By.id("q"), "dang ky hanh nghe luat su");
            b.click(By.id("search"));
            b.click(By.linkText("Đăng ký hành nghề luật sư với tư cách cá nhân"));
            b.click(By.id("submit-online"));
            // signing in brings the citizen back to the submission form
            b.type(By.id("signin:username"), "096088000001");
            b.type(By.id("signin:password"), Portal.DEMO_PASSWORD);
            b.click(By.id("signin:submit"));
            b.waitForText(By.id("submit-procedure"), "Đăng ký hành nghề luật sư");

            // a file that is not what its name says is refused, field by field
            java.io.File fake = java.nio.file.Files.createTempFile("gia-mao", ".pdf").toFile();
            java.nio.file.Files.write(fake.toPath(), new byte[] {'M', 'Z', (byte) 0x90, 0, 3});
            b.type(By.cssSelector("input[data-key='diaChi']"), "Số 5 Lý Thường Kiệt, Phường 6");
            b.type(By.cssSelector("input[data-key='dienThoai']"), "0912345678");
            b.find(By.cssSelector("input[data-document='0']")).sendKeys(fake.getAbsolutePath());
            b.find(By.cssSelector("input[data-document='1']")).sendKeys(Browser.pdf("the-luat-su").getAbsolutePath());
            b.click(By.id("submission:submit"));
            b.waitForText(By.id("documents"), "chỉ nhận tệp PDF, JPG, PNG hoặc DOCX");
            assertThat(b.find(By.id("documents")).getText()).contains("Thành phần hồ sơ \"Giấy tờ chứng minh trụ sở làm việc\": vui lòng đính kèm tệp.");

            // the right files go through
            b.find(By.cssSelector("input[data-document='0']")).sendKeys(Browser.pdf("giay-de-nghi").getAbsolutePath());
            b.find(By.cssSelector("input[data-document='1']")).sendKeys(Browser.pdf("the-luat-su").getAbsolutePath());
            b.find(By.cssSelector("input[data-document='2']")).sendKeys(Browser.pdf("tru-so").getAbsolutePath());
            b.type(By.cssSelector("input[data-key='diaChi']"), "Số 5 Lý Thường Kiệt, Phường 6");
            b.type(By.cssSelector("input[data-key='dienThoai']"), "0912345678");
            b.click(By.id("submission:submit"));
            String code = b.find(By.id("dossier-code")).getText();
            assertThat(b.find(By.id("dossier-status")).getText()).isEqualTo("Mới nộp, chờ tiếp nhận");
            assertThat(b.find(By.id("dossier-files")).getText()).contains("giay-de-nghi", "tru-so");
            b.signOut();

            // reception accepts, the specialist and the leader do their steps, reception returns it
            act(b, "tiepnhan.stp", code, "actions:accept", "Đang giải quyết");
            act(b, "chuyenvien.stp", code, "actions:complete", "Đang giải quyết");
            act(b, "lanhdao.stp", code, "actions:complete", "Có kết quả, chờ trả");
            act(b, "tiepnhan.stp", code, "actions:return", "Đã trả kết quả");

            // the citizen sees it done, early, with its history
            b.signIn("096088000001", Portal.DEMO_PASSWORD);
            b.open("/account/dossier.xhtml?code=" + code);
            assertThat(b.find(By.id("dossier-status")).getText()).isEqualTo("Đã trả kết quả");
            assertThat(b.find(By.id("dossier-history")).getText()).contains("Tiếp nhận hồ sơ", "Hoàn thành bước: Thẩm định hồ sơ",
                    "Trả kết quả");
            b.click(By.cssSelector("input[value='SATISFIED']"));
            b.click(By.id("actions:rate"));
            b.waitForText(By.id("messages"), "Cảm ơn Ông/Bà đã đánh giá.");
            b.assertNoConsoleErrors();
        }
    }

    @Test
    void aLevel4DossierIsPaidInTheSandboxAndItsSignedResultVerifiedByAnyone() throws Exception {
        String code;
        try (Browser b = new Browser()) {
            b.signIn("096190000002", Portal.DEMO_PASSWORD);
            b.open("/procedure.xhtml?code=1.001001.000.00.00.H12");
            b.click(By.id("submit-online"));
            b.type(By.cssSelector("input[data-key='ngaySinh']"), "12/03/1990");
            b.type(By.cssSelector("input[data-key='diaChi']"), "Khóm 2, Phường 8, thành phố Cà Mau");
            new Select(b.find(By.cssSelector("select[data-key='mucDich']"))).selectByVisibleText("Bổ sung hồ sơ xin việc");
            b.type(By.cssSelector("input[data-key='soLuong']"), "1");
            b.find(By.cssSelector("input[data-document='0']")).sendKeys(Browser.pdf("to-khai").getAbsolutePath());
            b.find(By.cssSelector("input[data-document='1']")).sendKeys(Browser.pdf("cccd").getAbsolutePath());
            b.click(By.id("submission:submit"));
            code = b.find(By.id("dossier-code")).getText();

            // paying: off to the provider's page, and back with the payment recorded
            b.click(By.id("actions:pay"));
            b.waitForText(By.id("sandbox-amount"), "200.000");
            assertThat(b.find(By.id("sandbox-order")).getText()).contains(code);
            b.click(By.id("sandbox-pay"));
            b.waitForText(By.id("payment-outcome"), "Thanh toán thành công");
            b.click(By.id("back-to-dossier"));
            b.waitForText(By.id("dossier-fees"), "đã thanh toán");
            assertThat(b.find(By.id("dossier-history")).getText()).contains("Thanh toán");
            b.signOut();

            // the one-stop shop accepts, the specialist checks, the leader issues the signed result
            act(b, "tiepnhan.stp", code, "actions:accept", "Đang giải quyết");
            act(b, "chuyenvien.stp", code, "actions:complete", "Đang giải quyết");
            b.signIn("lanhdao.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/dossier.xhtml?code=" + code);
            b.click(By.id("actions:issueResult"));
            b.waitForText(By.id("dossier-result"), "Sở Tư pháp");
            b.click(By.id("actions:complete"));
            b.waitForText(By.id("dossier-status"), "Có kết quả, chờ trả");
            b.signOut();
            act(b, "tiepnhan.stp", code, "actions:return", "Đã trả kết quả");

            // the day's reconciliation shows the payment
            b.signIn("tiepnhan.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/payments.xhtml");
            assertThat(b.find(By.id("payments")).getText()).contains(code + "-1", "200.000", "Thành công");
            b.signOut();
        }

        // the citizen downloads the signed result...
        Portal citizen = new Portal();
        citizen.signIn("096190000002", Portal.DEMO_PASSWORD);
        String page = citizen.get("/account/dossier.xhtml?code=" + code).body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"result-link\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"result-link\"")
                .matcher(page);
        assertThat(link.find()).as("the result link on the citizen's dossier page").isTrue();
        String href = (link.group(1) != null ? link.group(1) : link.group(2)).replace("&amp;", "&");
        java.net.http.HttpResponse<byte[]> result = citizen.download(href);
        assertThat(result.statusCode()).isEqualTo(200);
        java.net.http.HttpResponse<String> json = citizen.get("/api/dossiers/" + code);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"status\":\"DONE\"", "\"paid\":true", "\"action\":\"PAY\"");

        // another citizen reaches neither the dossier nor its file, over REST or download; no one unsigned does
        Portal other = new Portal();
        other.signIn("096085000003", Portal.DEMO_PASSWORD);
        assertThat(other.get("/api/dossiers/" + code).statusCode()).isEqualTo(404);
        assertThat(other.download(href).statusCode()).isEqualTo(404);
        assertThat(new Portal().get("/api/dossiers/" + code).statusCode()).isEqualTo(401);
        // the public lookup as JSON: anyone with the code and the applicant's number, status and history only
        java.net.http.HttpResponse<String> tracking = new Portal().get("/api/tracking?code=" + code + "&id=096190000002");
        assertThat(tracking.statusCode()).isEqualTo(200);
        assertThat(tracking.body()).contains("\"code\":\"" + code + "\"", "\"status\":\"DONE\"", "\"action\":\"PAY\"")
                .doesNotContain("096190000002", "feeTotal");
        assertThat(tracking.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(new Portal().get("/api/tracking?code=" + code + "&id=096085000003").statusCode()).isEqualTo(404);

        java.io.File resultFile = java.nio.file.Files.createTempFile("ket-qua", ".pdf").toFile();
        java.nio.file.Files.write(resultFile.toPath(), result.body());

        // ...and anyone checks it on the verification page, the one the QR code leads to: the code
        // alone tells who issued it, the genuine file tells what it is, nothing tells to whom
        java.util.regex.Matcher qr = java.util.regex.Pattern.compile("verify\\.xhtml\\?code=[^&\"]+&amp;key=([a-z2-9]+)").matcher(page);
        assertThat(qr.find()).as("the verification link with its key").isTrue();
        try (Browser b = new Browser()) {
            b.open("/verify.xhtml?code=" + code);
            assertThat(b.find(By.id("verify-unit")).getText()).isEqualTo("Sở Tư pháp");
            assertThat(b.find(By.id("verify-result")).getText()).doesNotContain("096190000002", "lý lịch tư pháp");
            b.open("/verify.xhtml?code=" + code + "&key=" + qr.group(1));
            assertThat(b.find(By.id("verify-heading")).getText()).contains("Cấp Phiếu lý lịch tư pháp");
            b.open("/verify.xhtml?code=" + code);
            b.find(By.id("check:file")).sendKeys(resultFile.getAbsolutePath());
            b.click(By.id("check:submit"));
            b.waitForText(By.id("verify-check"), "Tệp hợp lệ");
            assertThat(b.find(By.id("verify-heading")).getText()).contains("Cấp Phiếu lý lịch tư pháp");
            b.find(By.id("check:file")).sendKeys(Browser.pdf("gia-mao").getAbsolutePath());
            b.click(By.id("check:submit"));
            b.waitForText(By.id("verify-check"), "KHÔNG hợp lệ");
            b.assertNoConsoleErrors();
        }
    }

    private static void act(Browser b, String official, String code, String button, String status) {
        b.signIn(official, Portal.DEMO_PASSWORD);
        b.open("/workspace/inbox.xhtml");
        b.open("/workspace/dossier.xhtml?code=" + code);
        b.click(By.id(button));
        b.waitForText(By.id("dossier-status"), status);
        b.assertNoConsoleErrors();
        b.signOut();
    }
}
