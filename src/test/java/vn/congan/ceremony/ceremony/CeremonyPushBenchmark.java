package vn.congan.ceremony.ceremony;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congan.ceremony.testsupport.CleanSchemaConfiguration;
import vn.congan.ceremony.testsupport.TestDatabase;

/**
 * With 50 live UIs open in real headless Chromium (25 projector screens in one browser, 25
 * backstage pages in another logged in as mc), the time from the MC's Next (the server command,
 * once a second) to the moment the LAST page has the new state in its DOM, and the server heap
 * per open UI. Run: ./mvnw -o test -Dtest.excludedGroups= -Dgroups=benchmark -Dtest=CeremonyPushBenchmark
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import({TestDatabase.class, CleanSchemaConfiguration.class})
class CeremonyPushBenchmark {

    static final int BROWSERS_SCREEN = 1;
    static final int BROWSERS_BACKSTAGE = 1;
    static final int TABS_PER_BROWSER = 25;
    static final int ROUNDS = 20;
    static final long PACE_MS = 1000;

    /** Records, in each page, when each state version reached the DOM (browser wall clock, ms). */
    static final String RECORDER = "window.__seen = {};"
            + "const note = () => { const v = document.querySelector('[data-version]');"
            + "  if (v && !(v.dataset.version in window.__seen)) window.__seen[v.dataset.version] = Date.now(); };"
            + "note(); new MutationObserver(note).observe(document.body,"
            + "  {subtree: true, childList: true, attributes: true, attributeFilter: ['data-version']});";

    @LocalServerPort
    int port;

    @Autowired
    TestDatabase database;

    @Autowired
    CeremonyService ceremony;

    @Autowired
    CeremonyBroadcaster broadcaster;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
        SecurityContextHolder.clearContext();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    @Test
    void fiftyOpenUisReceiveTheMcsNext() throws Exception {
        Assumptions.assumeTrue(java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/chromium")));
        database.resetToDemo();
        String token = ceremony.screenToken();
        long heapBefore = usedHeapAfterGc();
        int listenersBefore = broadcaster.listenerCount();

        List<Map.Entry<WebDriver, String>> tabs = new ArrayList<>();
        for (int b = 0; b < BROWSERS_SCREEN + BROWSERS_BACKSTAGE; b++) {
            WebDriver driver = CeremonyBrowserE2ETest.browser(browsers);
            boolean backstage = b >= BROWSERS_SCREEN;
            if (backstage) {
                driver.get(url("login"));
                CeremonyBrowserE2ETest.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#vaadinLoginUsername input")));
                driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("mc");
                driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("demo1234", Keys.ENTER);
                CeremonyBrowserE2ETest.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
            }
            for (int t = 0; t < TABS_PER_BROWSER; t++) {
                if (t > 0 || backstage) {
                    // Windows, not background tabs: Chromium may freeze a hidden tab, a window keeps running.
                    driver.switchTo().newWindow(WindowType.WINDOW);
                }
                driver.get(url(backstage ? "backstage" : "screen/" + token));
                CeremonyBrowserE2ETest.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-version]")));
                ((JavascriptExecutor) driver).executeScript(RECORDER);
                tabs.add(Map.entry(driver, driver.getWindowHandle()));
            }
        }
        int uis = broadcaster.listenerCount() - listenersBefore;
        long heapAfter = usedHeapAfterGc();

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        // The MC presses Next once a second; each page notes when each version reaches its DOM.
        long[] sentAt = new long[ROUNDS];
        long[] versions = new long[ROUNDS];
        LiveCeremony live = ceremony.live();
        for (int round = 0; round < ROUNDS; round++) {
            Thread.sleep(PACE_MS);
            sentAt[round] = System.currentTimeMillis();
            live = ceremony.execute(new CeremonyCommand.Next(live.version(), "mc-tablet"));
            versions[round] = live.version();
        }
        long[] latencies = new long[ROUNDS];
        int missing = 0;
        for (Map.Entry<WebDriver, String> tab : tabs) {
            WebDriver driver = tab.getKey();
            driver.switchTo().window(tab.getValue());
            long deadline = System.currentTimeMillis() + 30_000;
            while (((JavascriptExecutor) driver).executeScript("return window.__seen[arguments[0]];",
                    Long.toString(versions[ROUNDS - 1])) == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            @SuppressWarnings("unchecked")
            Map<String, Number> seen = (Map<String, Number>) ((JavascriptExecutor) driver)
                    .executeScript("return window.__seen;");
            for (int round = 0; round < ROUNDS; round++) {
                Number at = seen.get(Long.toString(versions[round]));
                // A page that skipped a version (two pushes merged) had it with the next one.
                Long arrived = at != null ? Long.valueOf(at.longValue()) : firstLater(seen, versions, round);
                if (arrived == null) {
                    missing++;
                    continue;
                }
                latencies[round] = Math.max(latencies[round], arrived - sentAt[round]);
            }
        }
        System.out.printf("%n  updates that never reached a page within 30 s: %d of %d%n", missing, ROUNDS * tabs.size());
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        long median = sorted[ROUNDS / 2];
        long p95 = sorted[(int) Math.ceil(ROUNDS * 0.95) - 1];
        System.out.printf("%nCEREMONY PUSH BENCHMARK: %d live UIs (%d browsers), %d rounds%n", uis, browsers.size(),
                ROUNDS);
        System.out.printf("  Next -> last UI has it in its DOM: median %d ms, p95 %d ms, max %d ms (all: %s)%n",
                median, p95, sorted[ROUNDS - 1], Arrays.toString(latencies));
        System.out.printf("  server heap: %.1f MB before, %.1f MB after opening; %.0f KB per open UI%n%n",
                heapBefore / 1048576.0, heapAfter / 1048576.0, (heapAfter - heapBefore) / 1024.0 / uis);
        org.assertj.core.api.Assertions.assertThat(missing).as("updates lost").isZero();
    }

    private static Long firstLater(Map<String, Number> seen, long[] versions, int round) {
        for (int later = round + 1; later < versions.length; later++) {
            Number at = seen.get(Long.toString(versions[later]));
            if (at != null) {
                return at.longValue();
            }
        }
        return null;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
