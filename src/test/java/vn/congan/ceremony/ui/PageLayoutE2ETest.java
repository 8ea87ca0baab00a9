package vn.congan.ceremony.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congan.ceremony.testsupport.Browsers;
import vn.congan.ceremony.testsupport.AbstractServerTest;

/**
 * Every page of the portal in real headless Chromium at tablet size (1024x768, landscape, the
 * menu open as it starts) and the ceremony pages in portrait (768x1024): the page renders, shows
 * no error, and nothing makes the page wider than the screen (a tablet user must never scroll
 * sideways; wide grids scroll inside themselves). Screenshots go to target/layout-e2e/.
 */
@Tag("e2e")
class PageLayoutE2ETest extends AbstractServerTest {

    static final Path SHOTS = Path.of("target", "layout-e2e");

    /** Pages of the main layout; {decision} is the demo's first decision. */
    static final List<String> PAGES = List.of("", "conference", "delegates", "agenda", "decisions", "decision/{decision}",
            "units", "people", "stage-order", "mc-script", "seating", "seating/attendees", "seating-print",
            "print/templates", "print/certificates", "print/printers", "mc", "backstage", "checkin",
            "ceremony/summary", "users", "backup");
    static final List<String> PORTRAIT = List.of("mc", "backstage", "checkin");

    /** What a page must not show: widths beyond the screen, Vaadin's error page, an error notification. */
    static final String CHECK = """
            const doc = document.documentElement;
            const problems = [];
            if (doc.scrollWidth > doc.clientWidth + 1) problems.push('page is ' + doc.scrollWidth + ' px wide');
            if (document.querySelector('vaadin-notification-card[theme~="error"]')) problems.push('error notification');
            if (document.body.innerText.includes('Could not navigate') || document.body.innerText.includes('Lỗi không mong muốn'))
              problems.push('error page');
            if (!document.querySelector('vaadin-app-layout')) problems.push('no main layout');
            return problems.join('; ');
            """;

    /** What the frame must not cut: a menu label, or the header's title (issue 15). */
    static final String CUT = """
            const cut = [];
            for (const item of document.querySelectorAll('vaadin-side-nav-item')) {
              const slot = item.shadowRoot && item.shadowRoot.querySelector('slot:not([name])');
              if (slot && slot.scrollWidth > slot.clientWidth + 1) cut.push('menu label "' + item.textContent.trim() + '"');
            }
            const title = document.querySelector('.app-title');
            if (title && (title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1))
              cut.push('header title "' + title.textContent + '"');
            return cut.join('; ');
            """;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPageFitsATabletScreenAndShowsNoError() throws Exception {
        String base = url("");
        Long decision = jdbc.queryForObject("select min(id) from award_decision", Long.class);
        // admin is also an organizer; organizers may open the print and ceremony pages too.
        ChromeDriver browser = loggedIn("admin");
        SoftAssertions softly = new SoftAssertions();
        for (String page : PAGES) {
            check(browser, base, page.replace("{decision}", Long.toString(decision)), "1024x768", softly);
        }
        Browsers.resize(browser, 768, 1024);
        for (String page : PORTRAIT) {
            check(browser, base, page, "768x1024", softly);
        }
        softly.assertAll();
    }

    @Test
    void aPageTheRoleMayNotOpenIsExplainedInVietnamese() throws Exception {
        String base = url("");
        ChromeDriver browser = loggedIn("mc");
        browser.get(base + "users");
        Browsers.waitFor(browser).until(d -> !d.findElements(By.id("page-not-found-text")).isEmpty());
        assertThat(browser.findElement(By.id("page-not-found-text")).getText())
                .startsWith("Trang /users không tồn tại, hoặc tài khoản của bạn không có quyền mở trang này.");
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item"))).as("inside the portal").isNotEmpty();
        Browsers.shoot(browser, SHOTS.resolve("denied-users-1024x768.png"));
        // the way back leads to the overview
        browser.findElement(By.id("page-not-found-back")).click();
        Browsers.waitFor(browser).until(d -> !d.findElements(By.cssSelector(".dashboard-view")).isEmpty());
        assertThat(browser.getCurrentUrl()).isEqualTo(base);
    }

    @Test
    void theMenuAndTheHeaderAreNotCutAtTabletWidthInBothLanguages() throws Exception {
        String base = url("");
        ChromeDriver browser = loggedIn("admin");
        SoftAssertions softly = new SoftAssertions();
        check(browser, base, "", "vi-1024x768", softly);
        softly.assertThat((String) browser.executeScript(CUT)).as("Vietnamese at 1024x768").isEmpty();
        // The language switch in the header, as a user picks "English" (its second item).
        browser.executeScript("document.querySelector('.language-select').value = '2';");
        // The page reloads: elements found before it are gone, so look again until the English one is there.
        Browsers.waitFor(browser).ignoring(WebDriverException.class)
                .until(d -> "Log out".equals(d.findElement(By.id("logout")).getText()));
        check(browser, base, "", "en-1024x768", softly);
        softly.assertThat((String) browser.executeScript(CUT)).as("English at 1024x768").isEmpty();
        softly.assertThat(browser.findElement(By.cssSelector(".main-nav")).getText()).as("English menu")
                .contains("Certificate templates", "Printers and calibration").doesNotContain("Mẫu", "Máy in");
        softly.assertAll();
    }

    private void check(ChromeDriver browser, String base, String page, String size, SoftAssertions softly)
            throws Exception {
        browser.get(base + page);
        Browsers.waitFor(browser).until(d -> !d.findElements(By.cssSelector("vaadin-app-layout")).isEmpty());
        Browsers.settle(browser);
        String problems = (String) browser.executeScript(CHECK);
        String name = (page.isEmpty() ? "dashboard" : page.replaceAll("[^a-z0-9]+", "-")) + "-" + size + ".png";
        Browsers.shoot(browser, SHOTS.resolve(name));
        softly.assertThat(problems).as("/%s at %s", page, size).isEmpty();
    }
}
