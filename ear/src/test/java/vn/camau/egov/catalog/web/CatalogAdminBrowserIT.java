package vn.camau.egov.catalog.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import vn.camau.egov.e2e.Browser;
import vn.camau.egov.e2e.Portal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit administrator adds a procedure in the browser (told field by field what is wrong first),
 * it appears in the public catalogue with its template, and a change makes version 2; a provincial
 * administrator enters a public holiday.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogAdminBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    private static By row(String table, int index, String input) {
        return By.cssSelector("#" + table + " [id$=':" + index + ":" + input + "']");
    }

    @Test
    void aUnitAdministratorAddsAProcedureAndRevisesIt() {
        try (Browser b = new Browser()) {
            b.signIn("quantri.stp", Portal.DEMO_PASSWORD);
            b.click(By.id("menu-procedures"));
            assertThat(b.find(By.id("unit-procedures")).getText()).contains("Cấp Phiếu lý lịch tư pháp");
            b.click(By.id("new-procedure"));

            // wrong first: every problem named at its input
            b.type(By.id("editor:code"), "1.009999.000.00.00.H12");
            b.click(By.id("editor:addFee"));
            b.type(row("fees", 0, "feeAmount"), "mười nghìn");
            b.click(By.id("editor:save"));
            b.waitForText(By.id("editor"), "Tên thủ tục: vui lòng nhập");
            assertThat(b.find(By.id("editor")).getText()).contains("Lĩnh vực: vui lòng chọn.",
                    "Phí, lệ phí dòng 1: nhập tên khoản thu.", "Phí, lệ phí dòng 1: số tiền là số đồng",
                    "Thời hạn giải quyết: từ 0 đến 365 ngày làm việc.");

            // then right, with a template for the application form
            b.type(By.id("editor:name"), "Cấp giấy xác nhận thông tin hộ tịch thử nghiệm");
            new Select(b.find(By.id("editor:field"))).selectByVisibleText("Hộ tịch");
            new Select(b.find(By.id("editor:level"))).selectByVisibleText("Mức độ 3");
            b.type(By.id("editor:processingDays"), "5");
            b.type(row("fees", 0, "feeName"), "Lệ phí xác nhận");
            b.type(row("fees", 0, "feeAmount"), "15.000");
            b.type(row("documents", 0, "documentName"), "Tờ khai đề nghị xác nhận");
            b.find(row("documents", 0, "template")).sendKeys(Browser.pdf("to-khai-mau").getAbsolutePath());
            b.type(row("steps", 0, "stepDays"), "3");
            b.type(row("steps", 1, "stepDays"), "2");
            b.click(By.id("editor:save"));
            b.waitForText(By.id("messages"), "Đã lưu. Phiên bản hiện hành: 1.");

            // the public finds it, with its template to download
            b.open("/procedures.xhtml?q=xac+nhan+thong+tin+ho+tich+thu+nghiem");
            b.click(By.linkText("Cấp giấy xác nhận thông tin hộ tịch thử nghiệm"));
            assertThat(b.find(By.tagName("main")).getText()).contains("Tờ khai đề nghị xác nhận", "15.000", "5 ngày làm việc");
            assertThat(b.driver.findElements(By.partialLinkText("Tải về"))).isNotEmpty();

            // a change is the next version
            b.open("/workspace/procedure-edit.xhtml?code=1.009999.000.00.00.H12");
            assertThat(b.find(By.id("editor-version")).getText()).contains("Phiên bản hiện hành: 1");
            b.type(By.id("editor:processingDays"), "7");
            b.type(row("steps", 0, "stepDays"), "5");
            b.click(By.id("editor:save"));
            b.waitForText(By.id("messages"), "Phiên bản hiện hành: 2.");
            b.assertNoConsoleErrors();
        }
    }

    @Test
    void aProvincialAdministratorEntersAPublicHoliday() {
        try (Browser b = new Browser()) {
            b.signIn("quantri.tinh", Portal.DEMO_PASSWORD);
            b.click(By.id("menu-holidays"));
            b.open("/workspace/holidays.xhtml?year=2027");
            // a date input's typing depends on the browser's locale; its value does not
            ((JavascriptExecutor) b.driver).executeScript("arguments[0].value = '2027-11-30'", b.find(By.id("holiday:day")));
            b.click(By.id("holiday:add"));
            b.waitForText(By.id("holiday"), "Tên ngày nghỉ: vui lòng nhập");
            ((JavascriptExecutor) b.driver).executeScript("arguments[0].value = '2027-11-30'", b.find(By.id("holiday:day")));
            b.type(By.id("holiday:name"), "Nghỉ bù thử nghiệm");
            b.click(By.id("holiday:add"));
            b.waitForText(By.id("holiday-list"), "Nghỉ bù thử nghiệm");
            assertThat(b.find(By.id("holiday-list")).getText()).contains("30/11/2027");
            b.assertNoConsoleErrors();
        }
    }
}
