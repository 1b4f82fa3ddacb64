package vn.camau.egov.document.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.camau.egov.e2e.Browser;
import vn.camau.egov.e2e.Portal;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Official documents in a real browser, in the demo as a newcomer runs it (the sandbox hub on the
 * embedded broker, the sandbox province answering over it): a specialist drafts to another
 * province, the leader approves, the clerk numbers and issues it and watches the statuses come back
 * up to 06; the sample document from the sandbox is registered and assigned.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    @Test
    void aClerkIssuesADocumentToAnotherProvinceAndSeesItCompleted() throws Exception {
        String subject = "Về việc phối hợp kiểm tra công tác chứng thực năm 2026";
        try (Browser b = new Browser()) {
            b.signIn("chuyenvien.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/documents.xhtml");
            b.click(By.id("new-document"));
            // a draft without what it needs is refused field by field
            b.click(By.id("draft:save"));
            b.waitForText(By.id("draft"), "Trích yếu: bắt buộc");
            assertThat(b.find(By.id("draft")).getText()).contains("Nơi nhận: chọn ít nhất một nơi nhận.");

            b.type(By.id("draft:subject"), subject);
            b.type(By.id("draft:summary"), "Đề nghị phối hợp kiểm tra công tác chứng thực tại hai tỉnh.");
            b.type(By.id("draft:signerName"), "Đặng Minh Khoa");
            b.type(By.id("draft:signerPosition"), "Phó Giám đốc Sở");
            b.type(By.id("draft:draftingOffice"), "HCTP");
            new Select(b.find(By.id("draft:external"))).selectByVisibleText("UBND tỉnh Bạc Liêu (hộp thử nghiệm) (000.00.00.H03)");
            b.find(By.id("draft:files")).sendKeys(Browser.pdf("cong-van").getAbsolutePath());
            b.click(By.id("draft:save"));
            b.waitForText(By.id("document-status"), "Dự thảo");
            b.click(By.id("actions:submit"));
            b.waitForText(By.id("document-status"), "Chờ duyệt");
            String url = b.driver.getCurrentUrl();
            b.signOut();

            b.signIn("lanhdao.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/documents.xhtml?tray=TO_APPROVE");
            b.click(By.linkText(subject));
            b.click(By.id("actions:approve"));
            b.waitForText(By.id("document-status"), "Đã duyệt, chờ phát hành");
            b.signOut();

            b.signIn("vanthu.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/documents.xhtml?tray=TO_ISSUE");
            b.click(By.linkText(subject));
            b.click(By.id("actions:issue"));
            b.waitForText(By.id("document-status"), "Đã phát hành");
            assertThat(b.find(By.id("document-code")).getText()).matches("\\d+/STP-HCTP");
            // the other province answers over the hub: 01 arrived ... 06 completed
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!b.textOf(By.id("recipients")).contains("Hoàn thành (06)") && System.nanoTime() < end) {
                Thread.sleep(1000);
                b.click(By.id("statuses:refresh"));
            }
            assertThat(b.textOf(By.id("recipients"))).contains("Hoàn thành (06)", "Đã xử lý xong (hộp thử nghiệm)");
            assertThat(url).contains("/workspace/outgoing.xhtml?id=");
            b.assertNoConsoleErrors();
        }
    }

    @Test
    void theSampleDocumentFromTheAxisIsRegisteredAndAssigned() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("vanthu.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/documents.xhtml?tray=ARRIVED");
            b.click(By.partialLinkText("văn bản mẫu"));
            assertThat(b.find(By.id("document-sender")).getText()).contains("000.00.00.H03");
            b.click(By.id("actions:register"));
            b.waitForText(By.id("document-status"), "Đã vào sổ");
            assertThat(b.find(By.id("arrival-number")).getText()).matches("\\d+");
            b.signOut();

            b.signIn("lanhdao.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/documents.xhtml?tray=TO_ASSIGN");
            b.click(By.partialLinkText("văn bản mẫu"));
            new Select(b.find(By.id("actions:handler"))).selectByValue("chuyenvien.stp");
            // a date input's typing depends on the browser's locale; its value does not
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("arguments[0].value = arguments[1]",
                    b.find(By.id("actions:deadline")), java.time.LocalDate.now().plusDays(7).toString());
            b.click(By.id("actions:assign"));
            b.waitForText(By.id("document-status"), "Đã phân công");
            b.signOut();

            // the register finds it without diacritics
            b.signIn("chuyenvien.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/documents.xhtml?book=in&q=van+ban+mau");
            assertThat(b.find(By.id("document-list")).getText()).contains("văn bản mẫu");
        }
    }

    @Test
    void theAdministratorWatchesTheExchangeAndTheClerkRegistersAPaperDocument() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("quantri.tinh", Portal.DEMO_PASSWORD);
            b.click(By.id("menu-exchange"));
            b.click(By.id("verify:verify-chain"));
            b.waitForText(By.tagName("main"), "Nhật ký toàn vẹn");
            assertThat(b.find(By.id("reconciliation")).getText()).contains("Đã gửi", "Đã nhận");
            b.click(By.id("exchange-peers"));
            assertThat(b.find(By.id("peer-list")).getText()).contains("000.00.00.H03", "000.00.00.G22");
            b.type(By.id("peer:agencyId"), "H03");
            b.type(By.id("peer:name"), "Cơ quan thử");
            b.type(By.id("peer:address"), "hàng đợi có dấu");
            b.click(By.id("peer:save"));
            b.waitForText(By.id("peer"), "Mã định danh: không đúng dạng");
            assertThat(b.find(By.id("peer")).getText()).contains("Địa chỉ hàng đợi: bắt buộc");
            b.click(By.id("exchange-dead-letters"));
            b.find(By.tagName("h1"));
            assertThat(b.find(By.tagName("main")).getText()).contains("Thông điệp lỗi");
            b.signOut();

            b.signIn("vanthu.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/documents.xhtml");
            b.click(By.id("register-paper"));
            b.type(By.id("paper:senderName"), "Báo Cà Mau");
            b.click(By.id("paper:register"));
            b.waitForText(By.id("paper"), "Trích yếu: bắt buộc");
            b.type(By.id("paper:subject"), "Giấy mời dự Hội nghị báo chí cuối năm");
            b.find(By.id("paper:files")).sendKeys(Browser.pdf("giay-moi").getAbsolutePath());
            b.click(By.id("paper:register"));
            b.waitForText(By.id("document-status"), "Đã vào sổ");
            assertThat(b.find(By.id("arrival-number")).getText()).matches("\\d+");
            assertThat(b.find(By.id("files")).getText()).contains("giay-moi");
        }
    }
}
