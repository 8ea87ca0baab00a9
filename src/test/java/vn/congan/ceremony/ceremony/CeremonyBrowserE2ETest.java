package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.testsupport.Browsers;
import vn.congan.ceremony.testsupport.FixtureBatches;
import vn.congan.ceremony.testsupport.AbstractServerTest;
import vn.congan.ceremony.testsupport.CuttableProxy;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The real thing in headless Chromium: the MC logs in on one browser, the projector opens
 * its secret link in another, the MC presses Next and the projector changes without a
 * reload (server push). Screenshots of both at 1024x768 go to target/ceremony-e2e/.
 */
@Tag("e2e")
class CeremonyBrowserE2ETest extends AbstractServerTest {

    static final Path SHOTS = Path.of("target", "ceremony-e2e");

    @Autowired
    CeremonyService ceremony;

    @BeforeEach
    void setUp() {
        FixtureBatches.install(context);
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return Browsers.waitFor(driver);
    }

    @Test
    void theProjectorFollowsTheMcsNextWithoutReload() throws IOException {
        String token = ceremony.screenToken();
        WebDriver mc = loggedIn("mc");
        mc.get(url("mc"));
        waitFor(mc).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".mc-step"),
                "Chưa bắt đầu"));

        WebDriver screen = browser();
        screen.get(url("screen/" + token));
        By item = By.cssSelector(".screen-item");
        waitFor(screen).until(ExpectedConditions.textToBePresentInElementLocated(item, "Chào mừng"));
        // A marker that a reload would wipe out.
        ((JavascriptExecutor) screen).executeScript("window.__noReload = 'still here';");

        mc.findElement(By.id("mc-next")).click();
        waitFor(screen).until(ExpectedConditions.textToBePresentInElementLocated(item, "Đón tiếp đại biểu"));
        assertThat(((JavascriptExecutor) screen).executeScript("return window.__noReload;")).isEqualTo("still here");

        for (int step = 2; step <= 7; step++) {
            waitFor(mc).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".mc-step"),
                    "Bước " + (step - 1) + "/"));
            waitFor(mc).until(ExpectedConditions.elementToBeClickable(By.id("mc-next")));
            mc.findElement(By.id("mc-next")).click();
        }
        waitFor(screen).until(ExpectedConditions.textToBePresentInElementLocated(item, "Trao khen thưởng"));
        waitFor(screen).until(d -> d.findElements(By.cssSelector(".screen-name")).size() == 3);
        waitFor(mc).until(d -> d.findElements(By.cssSelector(".mc-batch .ceremony-recipient")).size() == 3);
        assertThat(((JavascriptExecutor) screen).executeScript("return window.__noReload;")).isEqualTo("still here");
        assertThat(ceremony.live().stepNumber()).isEqualTo(7);

        Files.createDirectories(SHOTS);
        shoot(mc, "mc.png");
        shoot(screen, "screen.png");

        // Backstage and the check-in desk, for a look (same logged-in browser).
        mc.get(url("backstage"));
        waitFor(mc).until(d -> d.findElements(By.cssSelector(".backstage-batch")).size() == 3);
        shoot(mc, "backstage.png");
        // An usher taps "Đã lên sân khấu" on the first row of the batch on stage: the row's buttons
        // are plain HTML with one listener on the list, so this is what only a real browser checks.
        WebElement onStageRow = mc.findElement(By.cssSelector(".backstage-batch.on-stage .ceremony-recipient"));
        long onStageAward = Long.parseLong(onStageRow.getAttribute("data-award"));
        onStageRow.findElement(By.cssSelector("button.action-on-stage")).click();
        waitFor(mc).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                ".backstage-batch.on-stage .ceremony-recipient[data-award='" + onStageAward + "'] .ceremony-status"),
                "Trên sân khấu"));
        assertThat(ceremony.live().recipients()).filteredOn(r -> r.awardId() == onStageAward).singleElement()
                .satisfies(r -> assertThat(r.state().status()).isEqualTo(RecipientStatus.ON_STAGE));
        mc.get(url("checkin"));
        waitFor(mc).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checkin-search input")));
        mc.findElement(By.cssSelector("#checkin-search input")).sendKeys("phong canh sat", Keys.ENTER);
        waitFor(mc).until(d -> !d.findElements(By.cssSelector(".checkin-results .ceremony-recipient")).isEmpty());
        // The door taps "Có mặt" on the first one not yet checked in.
        WebElement present = mc.findElement(By.cssSelector(".checkin-results button.action-present:not([disabled])"));
        long arriving = Long.parseLong(present.findElement(By.xpath("ancestor::*[@data-award][1]"))
                .getAttribute("data-award"));
        present.click();
        // (the row's content is written anew by the push: an element found before it is gone after)
        waitFor(mc).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.cssSelector(
                ".checkin-results .ceremony-recipient[data-award='"
                + arriving + "'] button.action-present")).getAttribute("disabled") != null);
        assertThat(ceremony.live().recipients()).filteredOn(r -> r.awardId() == arriving).singleElement()
                .satisfies(r -> assertThat(r.state().checkedIn()).isTrue());
        shoot(mc, "checkin.png");
    }

    @Test
    void theProjectorShowsTheLostConnectionAndCatchesUpWhenItComesBack() throws Exception {
        String token = ceremony.screenToken();
        try (CuttableProxy wifi = new CuttableProxy(port)) {
            WebDriver screen = browser();
            screen.get("http://127.0.0.1:" + wifi.port() + "/screen/" + token);
            By item = By.cssSelector(".screen-item");
            waitFor(screen).until(ExpectedConditions.textToBePresentInElementLocated(item, "Chào mừng"));
            ((JavascriptExecutor) screen).executeScript("window.__noReload = 'still here';");

            wifi.cut();
            By banner = By.cssSelector("vaadin-connection-indicator[reconnecting] .v-status-message");
            waitFor(screen).until(ExpectedConditions.visibilityOfElementLocated(banner));
            assertThat(screen.findElement(banner).getText()).isEqualTo("Mất kết nối tới máy chủ, đang kết nối lại...");
            Files.createDirectories(SHOTS);
            shoot(screen, "screen-reconnecting.png");

            // The MC goes on while the projector is cut off.
            nextAsMc(2);
            // nothing can reach the cut-off page: it keeps showing the old step all along
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            while (System.nanoTime() < until) {
                assertThat(screen.findElement(item).getText()).contains("Chào mừng");
            }

            wifi.restore();
            waitFor(screen).until(ExpectedConditions.textToBePresentInElementLocated(item, "Chào cờ"));
            waitFor(screen).until(ExpectedConditions.invisibilityOfElementLocated(banner));
            assertThat(((JavascriptExecutor) screen).executeScript("return window.__noReload;")).isEqualTo("still here");

            // And it follows live again.
            nextAsMc(1);
            waitFor(screen).until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(item, "Chào cờ")));
        }
    }

    private void nextAsMc(int times) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        try {
            LiveCeremony live = ceremony.live();
            for (int i = 0; i < times; i++) {
                live = ceremony.execute(new CeremonyCommand.Next(live.version(), "mc-tablet"));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void shoot(WebDriver driver, String name) throws IOException {
        Browsers.shoot(driver, SHOTS.resolve(name));
    }
}
