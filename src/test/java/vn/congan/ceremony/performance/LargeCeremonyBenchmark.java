package vn.congan.ceremony.performance;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionService;
import vn.congan.ceremony.award.RecipientChange;
import vn.congan.ceremony.award.RecipientFilter;
import vn.congan.ceremony.award.RecipientRow;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.demo.LargeCeremonyData;
import vn.congan.ceremony.seating.Occupant;
import vn.congan.ceremony.seating.SeatingMap;
import vn.congan.ceremony.seating.SeatingSeat;
import vn.congan.ceremony.seating.SeatingService;
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageEntry;
import vn.congan.ceremony.stage.StageOrderEdits;
import vn.congan.ceremony.stage.StageOrderGenerator;
import vn.congan.ceremony.stage.StageOrderService;
import vn.congan.ceremony.stage.StagePlan;
import vn.congan.ceremony.stage.StageSettingsService;
import vn.congan.ceremony.testsupport.Browsers;
import vn.congan.ceremony.testsupport.CleanSchemaConfiguration;
import vn.congan.ceremony.testsupport.Heap;
import vn.congan.ceremony.testsupport.TestDatabase;
import vn.congan.ceremony.testsupport.VaadinPushClient;

/**
 * The organizer's portal on the large ceremony (2,350 recipients, 235 batches, 2,816 seats),
 * in production mode: each organizer page from navigation to the Vaadin client idle in real
 * headless Chromium, the server-side time of regenerating the stage order, re-running the
 * seating and typical edits, and the heap per organizer session on the stage-order page. Prints
 * each figure against its target and fails when one is above it.
 *
 * <p>Run: {@code ./mvnw -o test -Pbenchmark -Dtest=LargeCeremonyBenchmark} (figures in
 * docs/performance.md). Each figure is the median of {@value #ROUNDS} runs after one warm-up.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vaadin.productionMode=true", "vaadin.devmode.devTools.enabled=false",
    "vaadin.devmode.componentTracker.enabled=false", "logging.level.org.hibernate.SQL=warn"})
@Import({TestDatabase.class, CleanSchemaConfiguration.class})
class LargeCeremonyBenchmark {

    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final int SESSIONS = Integer.getInteger("bench.sessions", 10);
    /** Only these pages (their paths, comma-separated, e.g. {@code seating,agenda}); empty: every page. */
    static final List<String> ONLY_PAGES = Arrays.stream(System.getProperty("bench.pages", "").split(","))
            .map(String::trim).filter(p -> !p.isEmpty()).toList();
    static final double PAGE_MS = 1000;
    static final double EDIT_MS = 300;
    static final double REGENERATE_MS = 1000;
    static final double SEATING_MS = 1000;
    static final double SESSION_MB = 5;
    /** {@code -Dbench.trace=true}: each page's Vaadin requests and responses saved beside its screenshot. */
    static final boolean TRACE = Boolean.getBoolean("bench.trace");
    static final Path SHOTS = Path.of("target", "large-ceremony-benchmark");

    @LocalServerPort
    int port;

    @Autowired
    TestDatabase database;
    @Autowired
    ConferenceService conferences;
    @Autowired
    AwardDecisionService decisions;
    @Autowired
    StageOrderService stage;
    @Autowired
    StageOrderGenerator generator;
    @Autowired
    StageOrderEdits edits;
    @Autowired
    StageSettingsService stageSettings;
    @Autowired
    SeatingService seating;

    private final List<WebDriver> browsers = new ArrayList<>();
    private final List<VaadinPushClient> sessions = new ArrayList<>();
    /** Figure name → {measured, target, unit}. */
    private final Map<String, double[]> figures = new LinkedHashMap<>();

    @AfterEach
    void closeBrowsersAndSessions() {
        browsers.forEach(WebDriver::quit);
        sessions.forEach(VaadinPushClient::close);
    }

    @Test
    void everyOrganizerPageAndOperationMeetsItsTargetOnTheLargeCeremony() throws Exception {
        Browsers.require();
        long loadStart = System.nanoTime();
        database.resetToLarge();
        System.out.printf("%nLarge ceremony loaded in %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        Conference conference = conferences.current().orElseThrow();
        AwardDecision giayKhen = decisions.decisionsOf(conference).stream()
                .filter(d -> d.getNumber().equals(LargeCeremonyData.GIAY_KHEN_NUMBER)).findFirst().orElseThrow();

        if (Boolean.parseBoolean(System.getProperty("bench.server", "true"))) {
            serverSide(conference, giayKhen);
        }
        pages(giayKhen);
        if (Boolean.parseBoolean(System.getProperty("bench.heap", "true"))) {
            heapPerSession();
        }
        report();
    }

    // --- server side --------------------------------------------------------------------------

    private void serverSide(Conference conference, AwardDecision giayKhen) {
        figure("Tạo lại theo quy tắc (2,350 recipients, order unchanged), plan re-read", REGENERATE_MS, () -> {
            generator.regenerate(conference, stage.plan(conference).version());
            return stage.plan(conference);
        });
        int[] capacity = {10};
        figure("Tạo lại theo quy tắc after the stage capacity changed (every batch new)", REGENERATE_MS, () -> {
            StagePlan before = stage.plan(conference);
            capacity[0] = capacity[0] == 10 ? 9 : 10;
            stageSettings.saveSettings(conference, before.settingsVersion(), capacity[0], before.secondsPerBatch(),
                    before.secondsPerRecipient());
            StagePlan changed = stage.plan(conference);
            long start = System.nanoTime();
            generator.regenerate(conference, changed.version());
            stage.plan(conference);
            return System.nanoTime() - start;
        });
        figure("Seating re-run (2,816 seats), with the map re-read", SEATING_MS, () -> {
            seating.autoAssign(conference);
            return seating.map(conference);
        });
        figure("Edit: move a recipient one place down in its batch, plan re-read", EDIT_MS, () -> {
            StageBatch batch = stage.plan(conference).batches().get(3);
            StageEntry entry = batch.entries().get(0);
            long start = System.nanoTime();
            edits.step(entry.entryId(), entry.entryVersion(), batch.version(), 1);
            stage.plan(conference);
            return System.nanoTime() - start;
        });
        figure("Edit: assign a seat by hand, map re-read", EDIT_MS, () -> {
            SeatingMap map = seating.map(conference).orElseThrow();
            SeatingSeat taken = map.seats().stream().filter(s -> map.occupant(s).isPresent()
                    && !map.occupant(s).get().isPinned()).reduce((a, b) -> b).orElseThrow();
            seating.unassign(map, taken);
            SeatingMap freed = seating.map(conference).orElseThrow();
            Occupant someone = seating.unseated(conference).get(0);
            long start = System.nanoTime();
            seating.assign(freed, taken, someone);
            seating.map(conference).orElseThrow();
            return System.nanoTime() - start;
        });
        figure("Edit: change a recipient of the 2,000 (achievement), list page re-read", EDIT_MS, () -> {
            RecipientRow row = decisions.recipients(giayKhen.getId(), RecipientFilter.ALL,
                    PageRequest.of(0, 50)).get(7);
            decisions.update(row.awardId(), row.version(), new RecipientChange(
                    "Đã có thành tích xuất sắc trong đợt cao điểm " + System.nanoTime(), row.note(),
                    row.registerNumber(), row.representative()));
            return decisions.recipients(giayKhen.getId(), RecipientFilter.ALL,
                    PageRequest.of(0, 50));
        });
    }

    /** Times {@code action} (median of ROUNDS after a warm-up); a Long result is taken as its own nanoseconds. */
    private void figure(String name, double targetMs, Callable<Object> action) {
        long[] times = new long[ROUNDS];
        try {
            for (int round = -1; round < ROUNDS; round++) {
                long start = System.nanoTime();
                Object result = action.call();
                long took = result instanceof Long own ? own : System.nanoTime() - start;
                if (round >= 0) {
                    times[round] = took;
                }
            }
        } catch (Exception e) {
            // reported as a failed figure; the others are still measured
            e.printStackTrace();
            figures.put(name + " FAILED: " + e, new double[] {Double.NaN, targetMs});
            return;
        }
        Arrays.sort(times);
        figures.put(name, new double[] {times[ROUNDS / 2] / 1e6, targetMs});
        System.out.printf(Locale.ROOT, "  measured: %-78s %8.1f ms (runs: %s)%n", name, times[ROUNDS / 2] / 1e6,
                Arrays.stream(times).mapToObj(t -> String.format(Locale.ROOT, "%.0f", t / 1e6)).toList());
    }

    // --- pages in Chromium --------------------------------------------------------------------

    /** A page's screenshot file name: its path with dashes, "dashboard" for the start page. */
    private static String fileName(String path) {
        return path.isEmpty() ? "dashboard" : path.replace('/', '-');
    }

    private void pages(AwardDecision giayKhen) throws IOException {
        String base = "http://127.0.0.1:" + port + "/";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("MC script (/mc-script)", "mc-script");
        pages.put("Decisions (/decisions)", "decisions");
        pages.put("Decision of 2,000 recipients (/decision/" + giayKhen.getId() + ")", "decision/" + giayKhen.getId());
        pages.put("People (/people)", "people");
        pages.put("Seating (/seating)", "seating");
        pages.put("Certificates (/print/certificates)", "print/certificates");
        pages.put("Agenda (/agenda)", "agenda");
        pages.put("Stage order (/stage-order)", "stage-order");
        // the organizer's other pages, and those staff open on the day, at the same scale (the
        // administrator's users and backup pages do not grow with the ceremony)
        pages.put("Dashboard (/)", "");
        pages.put("Conference (/conference)", "conference");
        pages.put("Delegates (/delegates)", "delegates");
        pages.put("Units (/units)", "units");
        pages.put("Attendees (/seating/attendees)", "seating/attendees");
        pages.put("Seating print (/seating-print)", "seating-print");
        pages.put("Certificate templates (/print/templates)", "print/templates");
        pages.put("Printers (/print/printers)", "print/printers");
        pages.put("Ceremony summary (/ceremony/summary)", "ceremony/summary");
        pages.put("MC tablet (/mc)", "mc");
        pages.put("Backstage (/backstage)", "backstage");
        pages.put("Check-in (/checkin)", "checkin");
        pages.put("Projector (/screen)", "screen");
        pages.values().removeIf(path -> !ONLY_PAGES.isEmpty() && !ONLY_PAGES.contains(path.isEmpty() ? "dashboard" : path));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            ChromeDriver browser = Browsers.open(browsers, 1024, 768);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Browsers.login(browser, base, "organizer", "demo1234");
            if (TRACE) {
                trace(browser);
            }
            browser.executeCdpCommand("Performance.enable", Map.of());
            figure("Page open: " + page.getKey(), PAGE_MS, () -> {
                long start = System.nanoTime();
                browser.get(base + page.getValue());
                Browsers.settle(browser);
                long took = System.nanoTime() - start;
                System.out.println("    " + page.getValue() + ": " + breakdown(browser) + "; browser "
                        + browserTime(metrics(browser)));
                if (TRACE) {
                    Path file = SHOTS.resolve(fileName(page.getValue()) + "-uidl.txt");
                    java.nio.file.Files.createDirectories(SHOTS);
                    java.nio.file.Files.writeString(file, String.valueOf(browser.executeScript(
                            "return (window.__uidl || []).join('\\n\\n=====\\n\\n');")));
                }
                return took;
            });
            try {
                Browsers.shoot(browser, SHOTS.resolve(fileName(page.getValue()) + ".png"));
                Browsers.resize(browser, 1920, 1080);
                Browsers.settle(browser);
                Browsers.shoot(browser, SHOTS.resolve(fileName(page.getValue()) + "-1920x1080.png"));
            } catch (RuntimeException e) {
                System.out.println("  no screenshot of " + page.getValue() + ": " + e.getMessage());
            }
            // a fresh browser per page: one stuck page does not hold up the next
            browser.quit();
            browsers.remove(browser);
        }
    }

    /** Chromium's own counters of the page's renderer (seconds of script, layout, style, tasks). */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> metrics(ChromeDriver browser) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) browser.executeCdpCommand("Performance.getMetrics",
                Map.of()).get("metrics")) {
            out.put((String) m.get("name"), ((Number) m.get("value")).doubleValue());
        }
        return out;
    }

    /** The renderer's busy time since the page was loaded, in ms: tasks, of which script, layout and style. */
    private static String browserTime(Map<String, Double> metrics) {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration")) {
            double ms = metrics.getOrDefault(name, 0.0) * 1000;
            out.append(String.format(Locale.ROOT, "%s %.0f ", name.replace("Duration", "").toLowerCase(Locale.ROOT), ms));
        }
        return out.append("ms").toString();
    }

    /** Records every Vaadin request's body and response text of the next page loads in {@code window.__uidl}. */
    private static void trace(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__uidl = [];
                const send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.send = function (body) {
                  const started = performance.now();
                  this.addEventListener('load', () => window.__uidl.push('at ' + Math.round(started) + ' > '
                      + body + '\\n< ' + this.responseText));
                  return send.apply(this, arguments);
                };
                """));
    }

    /**
     * Where a page open's time goes, from the browser's own timings: the document's first byte
     * and end, and each Vaadin request (its server time to the first byte, its size), so that
     * the server's time to build the view can be told from the browser's time to draw it.
     */
    private static String breakdown(ChromeDriver browser) {
        Object text = browser.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const f = x => Math.round(x);
                let out = 'document ttfb ' + f(nav.responseStart) + ' end ' + f(nav.responseEnd)
                    + ' (' + nav.transferSize + ' B)';
                let last = nav.responseEnd;
                for (const r of performance.getEntriesByType('resource')) {
                  if (r.name.includes('v-r=')) {
                    out += '; ' + r.name.replace(/^.*v-r=([a-z]+).*$/, '$1') + ' start ' + f(r.startTime)
                        + ' server ' + f(r.responseStart - r.requestStart) + ' end ' + f(r.responseEnd)
                        + ' (' + r.transferSize + ' B)';
                    last = Math.max(last, r.responseEnd);
                  }
                }
                return out + '; idle at ' + f(performance.now()) + ' (after the last response ' + f(performance.now() - last) + ')';
                """);
        return String.valueOf(text);
    }

    // --- memory -------------------------------------------------------------------------------

    private void heapPerSession() throws Exception {
        HttpClient http = VaadinPushClient.sharedHttpClient();
        // one session first, so that classes and caches loaded once are not counted per session
        sessions.add(new VaadinPushClient(http, port).login("organizer", "demo1234").show("stage-order"));
        long before = Heap.usedAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(new VaadinPushClient(http, port).login("organizer", "demo1234").show("stage-order"));
        }
        long after = Heap.usedAfterGc();
        figures.put("Heap per organizer session on the stage-order page (MB, " + SESSIONS + " sessions)",
                new double[] {(after - before) / 1048576.0 / SESSIONS, SESSION_MB});
    }

    // --- the report ---------------------------------------------------------------------------

    private void report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nLARGE CEREMONY BENCHMARK (production mode, median of %d after a warm-up)%n", ROUNDS));
        SoftAssertions soft = new SoftAssertions();
        figures.forEach((name, f) -> {
            boolean memory = name.startsWith("Heap");
            out.append(String.format(Locale.ROOT, "  %-4s %-78s %8.1f %s  (target < %.0f)%n",
                    f[0] < f[1] ? "ok" : Double.isNaN(f[0]) ? "FAIL" : "SLOW", name, f[0], memory ? "MB" : "ms", f[1]));
            soft.assertThat(f[0]).as(name).isLessThan(f[1]);
        });
        System.out.println(out);
        soft.assertAll();
    }
}
