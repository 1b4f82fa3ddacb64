package vn.camau.egov.participation.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.camau.egov.e2e.Browser;
import vn.camau.egov.e2e.Portal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feedback in a real browser: a visitor without an account sends feedback from a procedure's page
 * (refused field by field first), the Department of Justice answers it, and the visitor reads the
 * answer on the receipt's page and rates it; the answer is listed publicly.
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackBrowserIT {

    private static final String PROCEDURE = "1.001001.000.00.00.H12";
    private static final String TITLE = "Phiếu lý lịch tư pháp trả chậm";
    private static final String ANSWER = "Sở đã trả phiếu ngày hôm nay và chấn chỉnh bộ phận một cửa.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    @Test
    void aVisitorSendsFeedbackAndRatesTheUnitsAnswer() throws Exception {
        try (Browser b = new Browser()) {
            b.open("/procedure.xhtml?code=" + PROCEDURE);
            b.click(By.id("feedback-on-procedure"));
            assertThat(b.find(By.id("feedback:procedureCode")).getAttribute("value")).isEqualTo(PROCEDURE);
            b.click(By.id("feedback:send"));
            b.waitForText(By.id("feedback"), "Tiêu đề: bắt buộc");
            assertThat(b.find(By.tagName("main")).getText()).contains("Số điện thoại hoặc thư điện tử");
            b.type(By.id("feedback:title"), TITLE);
            b.type(By.id("feedback:content"), "Tôi nộp hồ sơ đã 15 ngày nhưng chưa nhận được phiếu.");
            b.type(By.id("feedback:name"), "Phạm Văn Dũng");
            b.type(By.id("feedback:phone"), "0913 456 789");
            b.click(By.id("feedback:send"));
            b.waitForText(By.id("feedback-receipt"), "Sở Tư pháp");
            String receipt = b.driver.getCurrentUrl();
            String code = b.find(By.id("feedback-code")).getText();
            assertThat(code).matches("PAKN-\\d{4}-\\d{6}");

            b.signIn("chuyenvien.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/participation/feedback.xhtml");
            WebElement item = b.find(By.cssSelector("#feedback-queue li[data-code='" + code + "']"));
            item.findElement(By.tagName("textarea")).sendKeys(ANSWER);
            item.findElement(By.className("answer-feedback")).click();
            b.waitForText(By.tagName("main"), "Đã trả lời phản ánh.");
            b.signOut();

            b.open(receipt.substring(receipt.indexOf("/feedback-view.xhtml")));
            assertThat(b.find(By.id("feedback-answer")).getText()).isEqualTo(ANSWER);
            b.click(By.id("rating:satisfied"));
            b.waitForText(By.id("feedback-rating"), "Hài lòng");
            b.open("/feedback-answers.xhtml");
            assertThat(b.find(By.id("feedback-answers")).getText()).contains(TITLE, ANSWER);
            b.assertNoConsoleErrors();
        }
    }
}
