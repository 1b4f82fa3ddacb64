package vn.camau.egov.e2e;

import org.openqa.selenium.By;
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

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by chromedriver: a real browser on the deployed portal, with
 * helpers for what every browser test does (sign in and out, wait for text, check the console).
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    public final WebDriver driver;
    public final WebDriverWait wait;

    public Browser() {
        assertThat(new File(CHROMIUM)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(new File(CHROMEDRIVER)).as("Debian's chromium-driver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,900", "--lang=vi",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void open(String path) {
        driver.get(Portal.baseUrl() + path);
    }

    public WebElement find(By by) {
        return wait.until(d -> shown(d, by, false));
    }

    public void click(By by) {
        // found when it can be clicked; clicked once (a retried click could act twice)
        wait.until(d -> shown(d, by, true)).click();
    }

    public void type(By by, String text) {
        WebElement e = find(by);
        e.clear();
        e.sendKeys(text);
    }

    /** The element if shown (and enabled), else null; a page on its way out counts as not yet. */
    private static WebElement shown(WebDriver d, By by, boolean enabled) {
        try {
            WebElement e = d.findElement(by);
            return e.isDisplayed() && (!enabled || e.isEnabled()) ? e : null;
        } catch (org.openqa.selenium.WebDriverException notYet) {
            return null;
        }
    }

    public void waitForText(By by, String text) {
        try {
            // read afresh each time: while the next page loads, the element found may belong to the
            // page that is going away, and the browser says so in more ways than "stale"
            wait.until(d -> {
                try {
                    return d.findElement(by).getText().contains(text);
                } catch (org.openqa.selenium.WebDriverException leaving) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // what the page said instead, for whoever reads the failed build's report
            System.out.println("Waited for '" + text + "' at " + driver.getCurrentUrl() + "; the page says:\n"
                    + driver.findElement(By.tagName("body")).getText());
            throw e;
        }
    }

    /**
     * An element's text, read again when the page was replaced under it (a refresh that lands
     * between finding the element and reading it).
     */
    public String textOf(By by) {
        for (int attempt = 0; ; attempt++) {
            try {
                return find(by).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    public void signIn(String username, String password) {
        open("/signin.xhtml");
        type(By.id("signin:username"), username);
        type(By.id("signin:password"), password);
        click(By.id("signin:submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signout")));
    }

    public void signOut() {
        click(By.id("signout"));
        find(By.id("signed-out"));
    }

    /** A small real PDF on disk, for a file input. */
    public static File pdf(String name) {
        try {
            File file = Files.createTempFile(name, ".pdf").toFile();
            Files.write(file.toPath(), "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("favicon.ico"))
                .toList();
        assertThat(errors).as("browser console errors (CSP violations show here)").isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
