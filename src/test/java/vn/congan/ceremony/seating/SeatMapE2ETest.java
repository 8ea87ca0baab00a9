package vn.congan.ceremony.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.testsupport.AbstractServerTest;
import vn.congan.ceremony.testsupport.Browsers;

/**
 * The seat map in real headless Chromium on the demo hall: the seats are drawn, a click and the
 * keyboard (Tab to a seat, Enter) select a seat, and a move repaints the two seats in place.
 * Screenshots at 1024x768 and 1920x1080 go to target/seat-map-e2e/.
 */
@Tag("e2e")
class SeatMapE2ETest extends AbstractServerTest {

    static final Path SHOTS = Path.of("target", "seat-map-e2e");

    @Test
    void seatsAreClickedWithTheMouseOrTheKeyboardAndAMoveRepaintsBothSeats() throws Exception {
        ChromeDriver browser = browser(1920, 1080);
        Browsers.login(browser, url(""), "organizer", DemoDataLoader.DEMO_PASSWORD);
        browser.get(url("seating"));
        Browsers.settle(browser);
        assertThat(browser.findElements(By.cssSelector(".seat-map button.seat"))).hasSize(240);
        Browsers.shoot(browser, SHOTS.resolve("seating-demo-1920x1080.png"));
        WebElement c19 = seat(browser, "C19");
        String occupant = c19.getAttribute("title").substring("C19".length()); // " · name · Đợt n"
        assertThat(c19.getAttribute("class")).contains("seat-taken");
        // an awardee's batch is drawn in the seat's corner
        String batch = c19.findElement(By.className("seat-batch")).getText();
        assertThat(occupant).endsWith("Đợt " + batch);

        c19.click();
        Browsers.settle(browser);
        assertThat(browser.findElement(By.id("seating-selected")).getText()).isEqualTo("Hàng C, ghế 19");
        assertThat(seat(browser, "C19").getAttribute("class")).contains("seat-marked");

        // the keyboard: from the selected seat, Tab to the next one, Enter selects it
        seat(browser, "C19").sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        Browsers.settle(browser);
        String next = browser.switchTo().activeElement().getAttribute("id");
        assertThat(next).startsWith("seat-").isNotEqualTo("seat-C19");
        assertThat(browser.findElement(By.id("seating-selected")).getText()).startsWith("Hàng C, ghế ");
        assertThat(seat(browser, "C19").getAttribute("class")).doesNotContain("seat-marked");

        // move C19's occupant to K1: both seats are repainted without drawing the hall again
        seat(browser, "C19").click();
        Browsers.settle(browser);
        browser.findElement(By.id("seating-move")).click();
        Browsers.settle(browser);
        WebElement c19Before = seat(browser, "C19");
        seat(browser, "K1").click();
        Browsers.settle(browser);
        assertThat(seat(browser, "K1").getAttribute("title")).isEqualTo("K1" + occupant);
        assertThat(seat(browser, "K1").getAttribute("class")).contains("seat-taken", "seat-pinned");
        assertThat(seat(browser, "K1").findElement(By.className("seat-batch")).getText()).isEqualTo(batch);
        assertThat(seat(browser, "C19").getAttribute("class")).doesNotContain("seat-taken");
        assertThat(seat(browser, "C19").findElements(By.className("seat-batch"))).isEmpty();
        assertThat(seat(browser, "C19").getAttribute("title")).isEqualTo("C19");
        assertThat(seat(browser, "C19")).as("the same button, patched in place").isEqualTo(c19Before);

        Browsers.resize(browser, 1024, 768);
        browser.navigate().refresh();
        Browsers.settle(browser);
        assertThat(seat(browser, "K1").getAttribute("class")).contains("seat-taken", "seat-pinned");
        Browsers.shoot(browser, SHOTS.resolve("seating-demo-1024x768.png"));
    }

    private static WebElement seat(WebDriver browser, String label) {
        return browser.findElement(By.id("seat-" + label));
    }
}
