package vn.camau.egov.reporting.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.camau.egov.e2e.Browser;
import vn.camau.egov.e2e.Portal;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Periodic reporting in a real browser, on the demo: the leader of the Department of Justice fills
 * in and submits the quarter's report (a task marked done without its result is refused, naming
 * the task), the Department of Information and Communications accepts it and prints the
 * provincial report, whose PDF carries the report's Vietnamese text intact.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringBrowserIT {

    private static final String RESULT = "Cung cấp 12/12 dịch vụ công ưu tiên ở mức độ 3, 4 dịch vụ ở mức độ 4";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    @Test
    void aLeaderSubmitsTheQuarterlyReportAndTheDepartmentAcceptsAndPrintsIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String quarter = "Quý " + ((today.getMonthValue() - 1) / 3 + 1) + "/" + today.getYear();
        By quarterRow = By.xpath("//table[@id='period-list']//tr[th[normalize-space()='" + quarter + "']]");
        try (Browser b = new Browser()) {
            b.signIn("lanhdao.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/monitoring/reports.xhtml");
            b.find(quarterRow).findElement(By.cssSelector("input[type=submit]")).click();
            b.waitForText(By.id("report-status"), "Dự thảo");
            // the measured figures are filled in; the leader marks a task done without saying what was done
            assertThat(b.find(By.id("figure-scorecard")).getText()).isNotBlank();
            new Select(b.find(By.cssSelector("select[aria-label='Tình trạng II.1.a']"))).selectByVisibleText("Đã hoàn thành");
            b.type(By.id("report-actions:difficulties"), "Thiếu cán bộ chuyên trách công nghệ thông tin ở cấp huyện");
            b.click(By.id("report-actions:submit"));
            b.waitForText(By.id("report-actions"), "Nhiệm vụ II.1.a đã hoàn thành: ghi rõ kết quả.");
            b.type(By.cssSelector("textarea[aria-label='Kết quả II.1.a']"), RESULT);
            b.type(By.id("report-actions:proposals"), "Đề nghị bố trí kinh phí chữ ký số cho các đơn vị");
            b.click(By.id("report-actions:submit"));
            b.waitForText(By.id("report-status"), "Đã gửi, chờ xem xét");
            assertThat(b.find(By.cssSelector("textarea[aria-label='Kết quả II.1.a']")).getAttribute("value")).isEqualTo(RESULT);
            b.signOut();

            b.signIn("giamsat.stttt", Portal.DEMO_PASSWORD);
            b.open("/workspace/monitoring/reports.xhtml");
            b.find(quarterRow).findElement(By.className("open-overview")).click();
            b.waitForText(By.id("overview-title"), quarter);
            By justice = By.cssSelector("#overview-table tr[data-unit='STP']");
            assertThat(b.find(justice).getText()).contains("Đã gửi, chờ xem xét", "Đúng hạn");
            String overview = b.driver.getCurrentUrl();
            b.find(justice).findElement(By.tagName("a")).click();
            b.click(By.id("report-actions:accept"));
            b.waitForText(By.id("report-status"), "Đã tiếp nhận");
            b.open(overview.substring(overview.indexOf("/workspace")));
            assertThat(b.find(justice).getText()).contains("Đã tiếp nhận");
            String pdfLink = b.find(By.id("provincial-pdf")).getAttribute("href");

            // the statistics: a range longer than a year is refused with the reason, per procedure works
            b.open("/workspace/monitoring/statistics.xhtml?period=range&from=2025-01-01&to=2026-06-30");
            assertThat(b.find(By.id("filter-problem")).getText()).contains("khoảng tối đa 367 ngày");
            b.open("/workspace/monitoring/statistics.xhtml?period=year&year=" + today.getYear() + "&unit=STP&by=PROCEDURE");
            assertThat(b.find(By.id("monitoring-table")).getText()).contains("Thủ tục hành chính", "Tỷ lệ đúng hạn");

            // the ranking page draws its chart without a console error (CSP included)
            b.open("/workspace/monitoring/indices.xhtml");
            b.find(By.cssSelector("#ranking-chart canvas"));
            b.assertNoConsoleErrors();

            Portal department = new Portal();
            department.signIn("giamsat.stttt", Portal.DEMO_PASSWORD);
            HttpResponse<byte[]> pdf = department.download(pdfLink.substring(pdfLink.indexOf("/files/")));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                // table cells wrap long text over lines: read it as one line
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("Báo cáo tổng hợp " + quarter, "Sở Tư pháp", "Đã tiếp nhận",
                        "Thiếu cán bộ chuyên trách công nghệ thông tin ở cấp huyện",
                        "Đề nghị bố trí kinh phí chữ ký số cho các đơn vị");
            }
            // a unit's leader does not get the provincial report
            Portal leader = new Portal();
            leader.signIn("lanhdao.stp", Portal.DEMO_PASSWORD);
            assertThat(leader.download(pdfLink.substring(pdfLink.indexOf("/files/"))).statusCode()).isEqualTo(403);
        }
    }
}
