package vn.congan.ceremony.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import vn.congan.ceremony.demo.DemoDataLoader;

/**
 * Base of every test against the running server (embedded Tomcat on a random port): over HTTP,
 * or in real headless Chromium. All of them share one context (same configuration, the test
 * servlet of {@link BodyReaderServlet} included), and each test starts from the demo scenario.
 * Browsers opened through {@link #browser} are closed after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import({TestDatabase.class, CleanSchemaConfiguration.class, BodyReaderServlet.class})
public abstract class AbstractServerTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestDatabase database;

    @Autowired
    protected ApplicationContext context;

    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeEach
    void resetDatabase() {
        database.resetToDemo();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    /** The server's address of {@code path} (no leading slash); {@code url("")} is the root. */
    protected String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /**
     * A new headless Chromium showing {@code width} x {@code height} CSS pixels, closed after the
     * test. Without Chromium the test is skipped, or fails under CI ({@link Browsers#require()}).
     */
    protected ChromeDriver browser(int width, int height) throws IOException {
        Browsers.require();
        return Browsers.open(browsers, width, height);
    }

    /** A browser at 1024x768, the tablet every page is made for. */
    protected ChromeDriver browser() throws IOException {
        return browser(1024, 768);
    }

    /** A 1024x768 browser logged in through the login form as a demo user (demo password). */
    protected ChromeDriver loggedIn(String user) throws IOException {
        ChromeDriver browser = browser();
        Browsers.login(browser, url(""), user, DemoDataLoader.DEMO_PASSWORD);
        return browser;
    }
}
