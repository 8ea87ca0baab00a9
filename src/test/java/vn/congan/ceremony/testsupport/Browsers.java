package vn.congan.ceremony.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real headless Chromium (Debian's chromium and chromium-driver) for the end-to-end tests. */
public final class Browsers {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips an end-to-end test on a developer's machine without Chromium, but fails it under CI
     * ({@code CI=true}), where a skipped browser test would pass for a tested layout.
     */
    public static void require() {
        if (installed()) {
            return;
        }
        String message = "Chromium is not installed at " + CHROMIUM + " / " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.assumeTrue(false, message);
    }

    /**
     * Waits until Vaadin has no request in flight and the browser has painted twice since, so
     * that sizes read afterwards are those of the finished layout (no fixed sleep).
     */
    public static void settle(WebDriver driver) {
        waitFor(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive());")));
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    }

    /** A new browser whose page is {@code width} x {@code height} CSS pixels; added to {@code opened}. */
    public static ChromeDriver open(List<WebDriver> opened, int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=vi",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                "--user-data-dir=" + Files.createTempDirectory("ceremony-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        opened.add(driver);
        resize(driver, width, height);
        return driver;
    }

    /** The page itself (not the window with its frame) at the given size, as on a tablet. */
    public static void resize(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofMillis(100));
    }

    /** Logs in through the login form and waits for the main layout. */
    public static void login(WebDriver driver, String baseUrl, String user, String password) {
        driver.get(baseUrl + "login");
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(user);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    public static void shoot(WebDriver driver, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }
}
