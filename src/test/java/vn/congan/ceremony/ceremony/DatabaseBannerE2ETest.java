package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.testsupport.Browsers;
import vn.congan.ceremony.testsupport.DatabaseOutage;
import vn.congan.ceremony.testsupport.FixtureBatches;
import vn.congan.ceremony.testsupport.AbstractServerTest;

/**
 * The database banner on the MC's tablet in headless Chromium: it appears when Next fails for
 * want of a database, stays, and goes by itself (server push) once the database is back; the
 * next Next goes on from the same step. Screenshot in target/ceremony-e2e/mc-database-away.png.
 */
@Tag("e2e")
class DatabaseBannerE2ETest extends AbstractServerTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    CeremonyService ceremony;

    @BeforeEach
    void setUp() {
        FixtureBatches.install(context);
    }

    @Test
    void theMcSeesTheBannerWhileTheDatabaseIsAwayAndItGoesByItself() throws Exception {
        String base = url("");
        WebDriver mc = loggedIn("mc");
        mc.get(base + "mc");
        By step = By.cssSelector(".mc-step");
        Browsers.waitFor(mc).until(ExpectedConditions.textToBePresentInElementLocated(step, "Chưa bắt đầu"));
        for (int i = 1; i <= 2; i++) {
            Browsers.waitFor(mc).until(ExpectedConditions.elementToBeClickable(By.id("mc-next")));
            mc.findElement(By.id("mc-next")).click();
            Browsers.waitFor(mc).until(ExpectedConditions.textToBePresentInElementLocated(step, "Bước " + i + "/"));
        }

        By banner = By.id("database-banner");
        DatabaseOutage outage = DatabaseOutage.of(dataSource);
        try {
            outage.begin();
            Browsers.waitFor(mc).until(ExpectedConditions.elementToBeClickable(By.id("mc-next")));
            mc.findElement(By.id("mc-next")).click();
            Browsers.waitFor(mc).until(ExpectedConditions.visibilityOfElementLocated(banner));
            assertThat(mc.findElement(banner).getText())
                    .isEqualTo("Mất kết nối cơ sở dữ liệu — lệnh chưa được thực hiện, đang thử kết nối lại...");
            assertThat(mc.findElement(step).getText()).startsWith("Bước 2/");
            Browsers.shoot(mc, Path.of("target", "ceremony-e2e", "mc-database-away.png"));
        } finally {
            outage.end();
        }
        // Back: the banner goes without a tap or a reload, and Next goes on from step 2.
        Browsers.waitFor(mc).until(ExpectedConditions.invisibilityOfElementLocated(banner));
        assertThat(mc.findElement(step).getText()).startsWith("Bước 2/");
        Browsers.waitFor(mc).until(ExpectedConditions.elementToBeClickable(By.id("mc-next")));
        mc.findElement(By.id("mc-next")).click();
        Browsers.waitFor(mc).until(ExpectedConditions.textToBePresentInElementLocated(step, "Bước 3/"));
        assertThat(ceremony.live().stepNumber()).isEqualTo(3);
        assertThat(ceremony.eventLog()).hasSize(3);
    }
}
