package vn.camau.egov.participation.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.camau.egov.e2e.Browser;
import vn.camau.egov.e2e.Portal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultation in a real browser, on the demo's open draft: a citizen comments on its third
 * article (an empty comment refused first; markup typed in stays text), the Department of
 * Justice's specialist publishes the comment, its leader answers, and anyone reads the comment and
 * the answer on the public page.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationBrowserIT {

    private static final String COMMENT = "<b>Đề nghị</b> tiếp nhận cả hồ sơ nộp ngày thứ Bảy trong ngày làm việc kế tiếp.";
    private static final String ANSWER = "Xin tiếp thu; Điều 3 sẽ nêu rõ cách tính ngày tiếp nhận.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    @Test
    void aCitizenCommentsOnTheThirdArticleAndReadsTheUnitsAnswer() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("096088000001", Portal.DEMO_PASSWORD);
            b.open("/consultations.xhtml");
            b.click(By.partialLinkText("Dự thảo Quy định tiếp nhận và trả kết quả hồ sơ trực tuyến"));
            String consultation = b.driver.getCurrentUrl();
            WebElement third = b.find(By.xpath("//section[h3[starts-with(normalize-space(), 'Điều 3.')]]"));
            third.findElement(By.className("comment-article")).click();
            assertThat(new Select(b.find(By.id("comment:article"))).getFirstSelectedOption().getText())
                    .startsWith("Điều 3.");
            b.click(By.id("comment:send"));
            b.waitForText(By.id("comment"), "Nội dung: bắt buộc");
            b.type(By.id("comment:body"), COMMENT);
            b.click(By.id("comment:send"));
            b.waitForText(By.id("my-comments"), "Chờ kiểm duyệt");
            assertThat(b.find(By.id("my-comments")).getText()).contains(COMMENT, "Điều 3.");
            b.signOut();

            b.signIn("chuyenvien.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/participation/comments.xhtml");
            WebElement pending = b.find(By.xpath("//ol[@id='pending-comments']/li[p[contains(., 'tiếp nhận cả hồ sơ nộp ngày thứ Bảy')]]"));
            pending.findElement(By.className("publish-comment")).click();
            b.waitForText(By.id("unanswered-comments"), "tiếp nhận cả hồ sơ nộp ngày thứ Bảy");
            b.signOut();

            b.signIn("lanhdao.stp", Portal.DEMO_PASSWORD);
            b.open("/workspace/participation/comments.xhtml");
            WebElement open = b.find(By.xpath("//ol[@id='unanswered-comments']/li[p[contains(., 'tiếp nhận cả hồ sơ nộp ngày thứ Bảy')]]"));
            open.findElement(By.tagName("textarea")).sendKeys(ANSWER);
            open.findElement(By.className("answer-comment")).click();
            b.waitForText(By.tagName("main"), "Đã trả lời ý kiến.");
            b.signOut();

            // anyone: the comment, as typed (its markup shown as text), with the answer, counted on Điều 3
            b.open(consultation.substring(consultation.indexOf("/consultation.xhtml")));
            assertThat(b.find(By.id("comment-list")).getText()).contains(COMMENT, ANSWER, "Nguyễn Văn An");
            assertThat(b.driver.findElements(By.cssSelector("#comment-list b"))).isEmpty();
            assertThat(b.find(By.xpath("//section[h3[starts-with(normalize-space(), 'Điều 3.')]]")).getText())
                    .contains("1 ý kiến");
            b.assertNoConsoleErrors();
        }
    }
}
