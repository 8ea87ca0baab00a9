package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.stage.McScriptService;
import vn.congan.ceremony.testsupport.Browsers;
import vn.congan.ceremony.testsupport.FixtureBatches;
import vn.congan.ceremony.testsupport.AbstractServerTest;

/**
 * The MC reads from a tablet held either way up (1024x768 landscape, 768x1024 portrait), in real
 * headless Chromium: on the anthem step the direction stands apart from the spoken lines; on a
 * batch of a full stage (16 names) every name is on the screen at once, none under the header or
 * the Next/Back bar, and the bar itself is on the screen. Screenshots go to target/mc-reading-e2e/
 * (and to the directory named by the system property {@code screens}, when given).
 */
@Tag("e2e")
class McReadingE2ETest extends AbstractServerTest {

    static final Path SHOTS = Path.of("target", "mc-reading-e2e");
    static final int FULL_STAGE = 16;

    /**
     * Where each name of the batch is, against the screen, the header and the button bar: one
     * problem per line, empty when every name can be read without scrolling. With
     * {@code arguments[0]} true the batch may be paged: names of the other pages (not displayed)
     * are left out; otherwise a name not displayed is a problem.
     */
    static final String NAMES_IN_VIEW = """
            const problems = [];
            const vw = window.innerWidth, vh = window.innerHeight;
            const bar = document.querySelector('.mc-buttons').getBoundingClientRect();
            const navbar = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=navbar]');
            const top = navbar ? navbar.getBoundingClientRect().bottom : 0;
            if (bar.top < 0 || bar.bottom > vh + 0.5 || bar.left < -0.5 || bar.right > vw + 0.5)
              problems.push('button bar off screen: ' + JSON.stringify(bar));
            for (const id of ['mc-next', 'mc-back']) {
              const r = document.getElementById(id).getBoundingClientRect();
              if (r.top < bar.top - 0.5 || r.bottom > vh + 0.5 || r.left < -0.5 || r.right > vw + 0.5 || r.height < 48)
                problems.push(id + ' not reachable: ' + JSON.stringify(r));
            }
            const paged = arguments[0] === true;
            const names = document.querySelectorAll('.mc-names .ceremony-recipient-name');
            let displayed = 0;
            names.forEach((n, i) => {
              if (n.getClientRects().length === 0) {
                if (!paged) problems.push('name ' + (i + 1) + ' "' + n.textContent + '" is not displayed');
                return;
              }
              displayed++;
              const r = n.getBoundingClientRect();
              const where = 'name ' + (i + 1) + ' "' + n.textContent + '" at ' + Math.round(r.left) + ','
                  + Math.round(r.top) + '-' + Math.round(r.right) + ',' + Math.round(r.bottom);
              if (r.top < top - 0.5) problems.push(where + ' is under the header (bottom ' + top + ')');
              if (r.bottom > bar.top + 0.5) problems.push(where + ' is under the button bar (top ' + bar.top + ')');
              if (r.left < -0.5 || r.right > vw + 0.5) problems.push(where + ' is beside the screen');
              const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
              if (!hit || !(n === hit || n.contains(hit) || hit.contains(n))) problems.push(where + ' is covered');
            });
            if (displayed === 0) problems.push('no names');
            const pager = document.getElementById('mc-names-page');
            if (!paged && pager && pager.getClientRects().length > 0) problems.push('paged, though every name fits');
            return problems.join('\\n');
            """;

    @Autowired
    CeremonyService ceremony;

    @BeforeEach
    void setUp() {
        FixtureBatches.install(context);
    }

    @Test
    void theAnthemDirectionStandsApartAndAFullStageIsReadWithoutScrollingEitherWayUp() throws Exception {
        long batch = FixtureBatches.growFirstBatch(context, FULL_STAGE);
        LiveCeremony.LiveBatch first = ceremony.live().upcomingBatches().get(0);
        assertThat(first.batch().id()).isEqualTo(batch);
        assertThat(first.recipients()).hasSize(FULL_STAGE);
        // Two of them away, with the longest badges the MC meets.
        mark(first.recipients().get(4).awardId(), RecipientStatus.ABSENT, null);
        mark(first.recipients().get(11).awardId(), RecipientStatus.RECEIVED_ON_BEHALF, "Đại úy Nguyễn Văn Thay");

        ChromeDriver mc = loggedIn("mc");
        mc.get(url("mc"));
        Browsers.waitFor(mc).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".mc-step"),
                "Chưa bắt đầu"));
        next(mc, 2);
        Browsers.waitFor(mc).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".mc-item-title"),
                "Chào cờ"));
        List<String> lines = mc.findElements(By.cssSelector(".mc-script > *")).stream()
                .map(e -> e.getAttribute("class") + ": " + e.getText()).toList();
        assertThat(lines).containsExactly(
                "mc-item-line mc-line: Xin trân trọng kính mời các đồng chí đại biểu và toàn thể các đồng chí đứng dậy "
                        + "làm lễ chào cờ.",
                "mc-item-line mc-line: Nghiêm! Chào cờ, chào!",
                "mc-direction: (Quốc ca.)",
                "mc-item-line mc-line: Xin mời các đồng chí ngồi.");
        Map<?, ?> direction = (Map<?, ?>) mc.executeScript("const s = getComputedStyle(document.querySelector('.mc-direction'));"
                + "const l = getComputedStyle(document.querySelector('.mc-script .mc-line'));"
                + "return {style: s.fontStyle, color: s.color, spokenColor: l.color, size: parseFloat(s.fontSize),"
                + " spokenSize: parseFloat(l.fontSize)};");
        assertThat(direction.get("style")).isEqualTo("italic");
        assertThat(direction.get("color")).isNotEqualTo(direction.get("spokenColor"));
        assertThat(((Number) direction.get("spokenSize")).doubleValue()).as("spoken lines in large type")
                .isGreaterThanOrEqualTo(20);
        shoot(mc, "i14-mc-anthem-1024x768.png");
        Browsers.resize(mc, 768, 1024);
        Browsers.settle(mc);
        shoot(mc, "i14-mc-anthem-768x1024.png");
        Browsers.resize(mc, 1024, 768);
        Browsers.settle(mc);

        next(mc, 5);
        Browsers.waitFor(mc).until(d -> d.findElements(By.cssSelector(".mc-names .ceremony-recipient")).size()
                == FULL_STAGE);
        assertThat(ceremony.live().currentBatch().batch().id()).isEqualTo(batch);
        SoftAssertions softly = new SoftAssertions();
        for (int[] size : new int[][] {{1024, 768}, {768, 1024}}) {
            Browsers.resize(mc, size[0], size[1]);
            Browsers.settle(mc);
            String name = size[0] + "x" + size[1];
            shoot(mc, "i14-mc-batch16-" + name + ".png");
            softly.assertThat((String) mc.executeScript(NAMES_IN_VIEW)).as("a batch of 16 at " + name).isEmpty();
        }

        // Longer names than the demo's (the organizer rewrote five lines with the full unit): the
        // list takes a smaller type so that all of them stay on the screen, still live.
        var conference = context.getBean(ConferenceService.class).current().orElseThrow();
        var scripts = context.getBean(McScriptService.class);
        for (int i : new int[] {0, 3, 6, 9, 13}) {
            String key = "award-" + first.recipients().get(i).awardId();
            String line = scripts.script(conference).lines().stream().filter(l -> l.key().equals(key)).findFirst()
                    .orElseThrow().text();
            scripts.override(conference, key, line, line + ", Công an tỉnh Thừa Thiên Huế, Bộ Công an (khen đột xuất)");
        }
        Browsers.waitFor(mc).until(d -> Long.valueOf(5).equals(mc.executeScript("return [...document.querySelectorAll("
                + "'.mc-names .ceremony-recipient-name')].filter(e => e.textContent.endsWith('(khen đột xuất)')).length;")));
        for (int[] size : new int[][] {{768, 1024}, {1024, 768}}) {
            Browsers.resize(mc, size[0], size[1]);
            Browsers.settle(mc);
            String name = size[0] + "x" + size[1];
            shoot(mc, "i14-mc-batch16-long-names-" + name + ".png");
            softly.assertThat((String) mc.executeScript(NAMES_IN_VIEW)).as("16 long names at " + name).isEmpty();
        }
        softly.assertAll();

        // The hall's pages at the same moment, on a desktop-size screen: the projector (the absent one
        // left out) and backstage.
        ChromeDriver hall = browser(1920, 1080);
        hall.get(url("screen/" + ceremony.screenToken()));
        Browsers.waitFor(hall).until(d -> d.findElements(By.cssSelector(".screen-name")).size() == FULL_STAGE - 1);
        Browsers.settle(hall);
        shoot(hall, "i14-screen-batch16-1920x1080.png");
        Browsers.login(hall, url(""), "mc", "demo1234");
        hall.get(url("backstage"));
        Browsers.waitFor(hall).until(d -> d.findElements(By.cssSelector(".backstage-batch.on-stage .ceremony-recipient"))
                .size() == FULL_STAGE);
        Browsers.settle(hall);
        shoot(hall, "i14-backstage-batch16-1920x1080.png");
    }

    /**
     * A batch far above the stage capacity (more names than fit even at the smallest type): the
     * names come in pages of whole rows above the button bar; the page shows the row being read
     * (the first called who is not yet on stage), and one tap on the bar's page button shows the
     * next page. Both ways up.
     */
    @Test
    void aBatchLongerThanTheScreenIsPagedWithOneTapAndTheRowBeingReadStaysInView() throws Exception {
        long batch = FixtureBatches.growFirstBatch(context, LONG_BATCH);
        int size = ceremony.live().upcomingBatches().get(0).recipients().size();
        assertThat(size).as("names in the long batch").isGreaterThanOrEqualTo(60);

        ChromeDriver mc = loggedIn("mc");
        mc.get(url("mc"));
        Browsers.waitFor(mc).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".mc-step"),
                "Chưa bắt đầu"));
        next(mc, 7);
        assertThat(ceremony.live().currentBatch().batch().id()).isEqualTo(batch);
        Browsers.waitFor(mc).until(d -> d.findElements(By.cssSelector(".mc-names .ceremony-recipient")).size() == size);
        Browsers.waitFor(mc).until(d -> d.findElement(By.id("mc-names-page")).isDisplayed());
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(pagerText(mc)).isEqualTo("Trang tên sau · 1/" + pageCount(mc));
        softly.assertThat((String) mc.executeScript(NAMES_IN_VIEW, true)).as("first page at 1024x768").isEmpty();
        softly.assertThat(readingRowShown(mc)).as("row being read shown").isEqualTo(1);
        shoot(mc, "i14-mc-paged-1024x768.png");

        // The ushers saw the whole first page reach the stage: the page turns to the row now read.
        List<Long> awards = ceremony.live().currentBatch().recipients().stream().map(LiveCeremony.LiveRecipient::awardId)
                .toList();
        int firstPage = displayedNumbers(mc).size();
        assertThat(firstPage).isLessThan(size);
        for (int i = 0; i < firstPage; i++) {
            mark(awards.get(i), RecipientStatus.ON_STAGE, null);
        }
        Browsers.waitFor(mc).until(d -> pagerText(mc).startsWith("Trang tên sau · 2/"));
        softly.assertThat(readingRowShown(mc)).as("row being read after the first page").isEqualTo(firstPage + 1);
        softly.assertThat(displayedNumbers(mc).get(0)).isEqualTo(firstPage + 1);
        softly.assertThat((String) mc.executeScript(NAMES_IN_VIEW, true)).as("second page at 1024x768").isEmpty();

        // One tap: the next page (after the last, the first again).
        int pages = pageCount(mc);
        List<Integer> before = displayedNumbers(mc);
        mc.findElement(By.id("mc-names-page")).click();
        String expected = "Trang tên sau · " + (pages > 2 ? 3 : 1) + "/" + pages;
        Browsers.waitFor(mc).until(d -> pagerText(mc).equals(expected));
        softly.assertThat(displayedNumbers(mc)).as("names after one tap").doesNotContainAnyElementsOf(before);
        softly.assertThat((String) mc.executeScript(NAMES_IN_VIEW, true)).as("after one tap at 1024x768").isEmpty();

        // Turned: pages cut again for the new screen, every displayed name above the bar; one tap pages.
        Browsers.resize(mc, 768, 1024);
        Browsers.settle(mc);
        Browsers.waitFor(mc).until(d -> d.findElement(By.id("mc-names-page")).isDisplayed());
        softly.assertThat((String) mc.executeScript(NAMES_IN_VIEW, true)).as("turned to 768x1024").isEmpty();
        mark(awards.get(firstPage), RecipientStatus.ON_STAGE, null);
        Browsers.waitFor(mc).until(d -> readingRowShown(mc) == firstPage + 2);
        softly.assertThat((String) mc.executeScript(NAMES_IN_VIEW, true)).as("row being read at 768x1024").isEmpty();
        shoot(mc, "i14-mc-paged-768x1024.png");
        List<Integer> portrait = displayedNumbers(mc);
        String label = pagerText(mc);
        mc.findElement(By.id("mc-names-page")).click();
        Browsers.waitFor(mc).until(d -> !pagerText(mc).equals(label));
        softly.assertThat(displayedNumbers(mc)).as("names after one tap at 768x1024").doesNotContainAnyElementsOf(portrait);
        softly.assertThat((String) mc.executeScript(NAMES_IN_VIEW, true)).as("after one tap at 768x1024").isEmpty();
        softly.assertAll();
    }

    static final int LONG_BATCH = 70;

    private static String pagerText(WebDriver mc) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) mc)
                .executeScript("return document.getElementById('mc-names-page').textContent;");
    }

    private static int pageCount(WebDriver mc) {
        String text = pagerText(mc);
        return Integer.parseInt(text.substring(text.lastIndexOf('/') + 1));
    }

    /** The numbers (1-based) of the rows displayed now. */
    @SuppressWarnings("unchecked")
    private static List<Integer> displayedNumbers(WebDriver mc) {
        return ((List<Number>) ((org.openqa.selenium.JavascriptExecutor) mc).executeScript(
                "return [...document.querySelectorAll('.mc-names .ceremony-recipient')].map((r, i) => "
                        + "r.getClientRects().length ? i + 1 : 0).filter(n => n > 0);"))
                .stream().map(Number::intValue).toList();
    }

    /** The number of the row being read when it is displayed, else 0. */
    private static int readingRowShown(WebDriver mc) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) mc).executeScript(
                "const rows = [...document.querySelectorAll('.mc-names .ceremony-recipient')];"
                        + "const i = rows.findIndex(r => r.classList.contains('reading'));"
                        + "return i >= 0 && rows[i].getClientRects().length ? i + 1 : 0;")).intValue();
    }

    /**
     * Next as the MC taps it, waiting each time for the step to change. The buttons are drawn anew
     * on every render (the browser's device id arriving just after the page opened is one): a tap
     * on a button replaced meanwhile is refused as stale and changes nothing, so it is tapped again
     * once the page is quiet and still shows the old step.
     */
    private static void next(WebDriver mc, int times) {
        By step = By.cssSelector(".mc-step");
        for (int i = 0; i < times; i++) {
            String before = mc.findElement(step).getText();
            for (int attempt = 0; attempt < 5 && before.equals(mc.findElement(step).getText()); attempt++) {
                Browsers.waitFor(mc).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> {
                            WebElement button = d.findElement(By.id("mc-next"));
                            if (!button.isEnabled()) {
                                return false;
                            }
                            button.click();
                            return true;
                        });
                Browsers.settle(mc);
            }
            assertThat(mc.findElement(step).getText()).isNotEqualTo(before);
        }
        Browsers.settle(mc);
    }

    private void mark(long awardId, RecipientStatus status, String onBehalfOf) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        try {
            ceremony.execute(new CeremonyCommand.SetStatus(ceremony.live().version(), "backstage", awardId, status,
                    onBehalfOf));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void shoot(WebDriver driver, String name) throws Exception {
        Browsers.shoot(driver, SHOTS.resolve(name));
        String screens = System.getProperty("screens");
        if (screens != null && !screens.isBlank()) {
            Files.createDirectories(Path.of(screens));
            Files.copy(SHOTS.resolve(name), Path.of(screens, name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
