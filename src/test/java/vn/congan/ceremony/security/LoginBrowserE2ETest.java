package vn.congan.ceremony.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congan.ceremony.testsupport.Browsers;
import vn.congan.ceremony.testsupport.AbstractServerTest;

/**
 * Logins and the Content-Security-Policy in real headless Chromium: the login form posts its
 * CSRF token, pages and a PDF preview frame run without a single policy violation, and a
 * locked account reads when to retry. Screenshots go to target/login-e2e/.
 */
@Tag("e2e")
class LoginBrowserE2ETest extends AbstractServerTest {

    static final Path SHOTS = Path.of("target", "login-e2e");
    /** Runs in every document and frame before its own scripts: notes each policy violation. */
    static final String WATCH_POLICY = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";
    static final String VIOLATIONS = "return (window.__csp || ['no watcher']).join('; ');";
    static final String IDLE = "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
            + ".every(c => !c.isActive || !c.isActive());";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle.forgetAll();
    }

    @AfterEach
    void forgetFailures() {
        throttle.forgetAll();
    }

    /** A 1024x768 browser that notes every policy violation of its documents and frames. */
    private ChromeDriver watchedBrowser() throws Exception {
        ChromeDriver browser = browser();
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_POLICY));
        return browser;
    }

    /** Waits until the preview frame holds a loaded document of its own (the PDF, or Chrome's error page). */
    private static void waitForFrame(ChromeDriver browser, WebElement frame) {
        Browsers.waitFor(browser).until(d -> {
            d.switchTo().frame(frame);
            try {
                return Boolean.TRUE.equals(browser.executeScript(
                        "return document.URL !== 'about:blank' && document.readyState === 'complete';"));
            } finally {
                d.switchTo().defaultContent();
            }
        });
    }

    private static void click(ChromeDriver browser, WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    @Test
    void pagesAndThePdfPreviewRunWithoutAnyPolicyViolation() throws Exception {
        ChromeDriver browser = watchedBrowser();
        Browsers.login(browser, url(""), "admin", "demo1234"); // the form's POST carries the CSRF token
        for (String page : List.of("", "users", "print/templates")) {
            browser.get(url(page));
            Browsers.waitFor(browser).until(d -> !d.findElements(By.cssSelector("vaadin-app-layout")).isEmpty());
            Browsers.settle(browser);
            assertThat(browser.executeScript(VIOLATIONS)).as("/%s", page).isEqualTo("");
            if (page.equals("users")) {
                browser.executeScript("document.querySelector('.login-log-grid').scrollIntoView({block: 'end'});");
                Browsers.settle(browser);
                Browsers.shoot(browser, SHOTS.resolve("users-login-log.png"));
                assertThat(browser.findElements(By.cssSelector(".login-log-grid vaadin-grid-cell-content")))
                        .extracting(WebElement::getText).as("the admin's own login, in the log")
                        .contains("Đăng nhập thành công", "admin", "127.0.0.1");
            }
        }
        String template = jdbc.queryForObject("select min(name) from certificate_template", String.class);
        click(browser, browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(cell -> template.equals(cell.getText())).findFirst().orElseThrow());
        click(browser, Browsers.waitFor(browser).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".template-preview"))));
        WebElement frame = Browsers.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("iframe")));
        Browsers.settle(browser);
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});", frame);
        waitForFrame(browser, frame);
        Browsers.settle(browser);
        Browsers.shoot(browser, SHOTS.resolve("pdf-preview.png"));
        assertThat(browser.executeScript(VIOLATIONS)).as("the page with the preview").isEqualTo("");
        browser.switchTo().frame(frame);
        String pdfShown = "return document.contentType + ' | ' + (window.__csp || ['no watcher']).join('; ');";
        Object inside = browser.executeScript(pdfShown);
        browser.switchTo().defaultContent();
        // A refused frame (X-Frame-Options or frame-ancestors) would hold Chrome's text/html error page.
        assertThat(inside).as("the preview frame: content type | violations").isEqualTo("application/pdf | ");

        browser.get(frame.getDomProperty("src")); // "Mở bản xem trước trong thẻ mới": the same PDF as a page
        Browsers.waitFor(browser).until(d -> "application/pdf".equals(browser.executeScript("return document.contentType;")));
        assertThat(browser.executeScript(pdfShown)).as("the preview in a tab").isEqualTo("application/pdf | ");
    }

    @Test
    void aLockedAccountReadsWhenToRetry() throws Exception {
        ChromeDriver browser = watchedBrowser();
        for (int i = 1; i <= 3; i++) {
            browser.get(url("login"));
            Browsers.waitFor(browser).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
            browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("khach");
            browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("doan-" + i, Keys.ENTER);
            Browsers.waitFor(browser).until(ExpectedConditions.urlContains("login?"));
        }
        assertThat(browser.getCurrentUrl()).contains("/login?locked=");
        Browsers.settle(browser);
        Object shown = browser.executeScript("const f = document.querySelector('vaadin-login-form');"
                + "return f.error + ' | ' + f.i18n.errorMessage.title + ' | ' + f.i18n.errorMessage.message;");
        Browsers.shoot(browser, SHOTS.resolve("locked.png"));
        assertThat(String.valueOf(shown)).matches("true \\| Tạm khóa đăng nhập \\| Tài khoản tạm khóa do đăng nhập sai "
                + "nhiều lần\\. Vui lòng thử lại sau 1[0-5] giây\\.");
        assertThat(browser.executeScript(VIOLATIONS)).isEqualTo("");
    }
}
