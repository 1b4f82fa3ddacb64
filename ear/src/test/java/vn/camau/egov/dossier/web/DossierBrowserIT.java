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
