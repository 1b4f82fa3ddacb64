package vn.camau.egov.identity.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.camau.egov.e2e.Portal;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's Chromium, headless, driven by chromedriver) on the deployed portal:
 * language switch, keyboard skip link, failed and successful sign-in, workspace, sign-out. Also
 * checks that the page's scripts run under the Content-Security-Policy without a console error.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        assertThat(new File(CHROMIUM)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(new File(CHROMEDRIVER)).as("Debian's chromium-driver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aVisitorSwitchesLanguageSignsInAsAnOfficialAndSignsOut() {
        browser.get(Portal.baseUrl() + "/");
        assertThat(heading()).isEqualTo("Dịch vụ công trực tuyến tỉnh Cà Mau");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");

        // keyboard: the first Tab reaches the skip link, Enter moves focus to the main content
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Bỏ qua, đến nội dung chính");
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Cà Mau online public services"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.id("lang-vi")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dịch vụ công trực tuyến tỉnh Cà Mau"));

        browser.findElement(By.id("nav-signin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin:username")));
        signIn("tiepnhan.stp", "sai mật khẩu");
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages li")));
        assertThat(message.getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.");

        signIn("tiepnhan.stp", Portal.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertThat(browser.findElement(By.id("welcome")).getText()).isEqualTo("Xin chào, Lê Thị Ngọc Hân");
        assertThat(browser.findElement(By.id("user-unit")).getText()).isEqualTo("Sở Tư pháp");
        assertThat(browser.findElement(By.id("official-roles")).getText()).contains("Cán bộ tiếp nhận (Một cửa)");

        browser.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
        assertThat(browser.findElement(By.id("signed-out")).getText()).isEqualTo("Bạn đã đăng xuất.");

        assertNoConsoleErrors();
    }

    @Test
    void theWorkspaceWidgetsRunUnderTheContentSecurityPolicy() {
        browser.get(Portal.baseUrl() + "/signin.xhtml");
        signIn("quantri.tinh", Portal.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-officials"))).click();
        // the unit chooser is a PrimeFaces widget built by a nonce-tagged script; it works only if the script ran
        wait.until(ExpectedConditions.elementToBeClickable(By.id("officials:unit"))).click();
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("officials:unit_filter")));
        filter.sendKeys("Tư pháp");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//li[contains(@class,'ui-selectonemenu-item') and normalize-space()='Sở Tư pháp']")));
        filter.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("officials:unit_label"), "Sở Tư pháp"));
        browser.findElement(By.id("officials:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("official-table"), "tiepnhan.stp"));
        assertNoConsoleErrors();
    }

    private void signIn(String username, String password) {
        WebElement user = browser.findElement(By.id("signin:username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = browser.findElement(By.id("signin:password"));
        pass.clear();
        pass.sendKeys(password);
        browser.findElement(By.id("signin:submit")).click();
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("favicon.ico"))
                .toList();
        assertThat(errors).as("browser console errors (CSP violations show here)").isEmpty();
    }
}
