package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congan.ceremony.testsupport.CleanSchemaConfiguration;
import vn.congan.ceremony.testsupport.Heap;
import vn.congan.ceremony.testsupport.TestDatabase;
import vn.congan.ceremony.testsupport.VaadinPushClient;

/**
 * With 50 live UIs open (25 projector screens, each its own session, and 25 backstage pages, each
 * logged in as mc), the time from the MC's Next to the moment the LAST of them has received the
 * pushed update over its WebSocket, and the server heap per open UI.
 *
 * <p>The UIs are real Vaadin UIs on the server (the same views, the same broadcaster, the same push
 * over WebSocket on loopback); the clients are {@link VaadinPushClient}s that speak Vaadin's
 * protocol but render nothing, so the 2 cores are left to the server.
 *
 * <p>Two sizes: 50 pages, held to the targets of issue 14 (median under 50 ms, p95 under 100 ms,
 * under 500 KB of heap per open page), and 200 pages (the hall of a large ceremony; its latency is
 * reported, its heap held to the same target). Figures are printed against the targets.
 *
 * <p>Run in production mode, as the targets are meant: {@code ./mvnw -o test -Pbenchmark,production
 * -Dtest=CeremonyPushBenchmark} (the {@code production} profile puts Vaadin's production bundle into
 * target/classes; delete target/classes/META-INF/VAADIN afterwards for development-mode runs). Without
 * that bundle ({@code -Pbenchmark} alone) it runs in development mode with the dev tools off, and says so.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.devmode.componentTracker.enabled=false"})
@Import({TestDatabase.class, CleanSchemaConfiguration.class})
class CeremonyPushBenchmark {

    /** Production mode when the production bundle is on the classpath ({@code -Pproduction}), else development. */
    static final boolean PRODUCTION = productionBundlePresent();

    @DynamicPropertySource
    static void vaadinMode(DynamicPropertyRegistry registry) {
        registry.add("vaadin.productionMode", () -> Boolean.toString(PRODUCTION));
    }

    private static boolean productionBundlePresent() {
        try (InputStream info = CeremonyPushBenchmark.class.getResourceAsStream(
                "/META-INF/VAADIN/config/flow-build-info.json")) {
            return info != null && new String(info.readAllBytes(), StandardCharsets.UTF_8)
                    .matches("(?s).*\"productionMode\"\\s*:\\s*true.*");
        } catch (IOException e) {
            return false;
        }
    }

    static final int SCREENS = Integer.getInteger("bench.screens", 25);
    static final int BACKSTAGE = Integer.getInteger("bench.backstage", 25);
    /**
     * Rounds before the measured ones: on the day the server has served the rehearsal and the
     * pages for hours, and its compiler has long finished with the push path. With 10 rounds
     * (500 pushes) it had not: the first fifth of the measured rounds took nearly twice the last
     * (the benchmark prints both). {@code -Dbench.warmup=N}.
     */
    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup", 60);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 100);
    static final long PACE_MS = 200;
    static final long WAIT_PER_ROUND_MS = 10_000;

    @LocalServerPort
    int port;

    @Autowired
    TestDatabase database;

    @Autowired
    CeremonyService ceremony;

    @Autowired
    CeremonyBroadcaster broadcaster;

    private final List<VaadinPushClient> clients = new ArrayList<>();

    @AfterEach
    void close() {
        clients.forEach(VaadinPushClient::close);
        clients.clear();
        SecurityContextHolder.clearContext();
        broadcaster.awaitDelivered();
    }

    /** Targets of issue 14 (production mode, 2-core machine otherwise idle). */
    static final double TARGET_MEDIAN_MS = 50;
    static final double TARGET_P95_MS = 100;
    static final double TARGET_KB_PER_UI = 500;

    @Test
    void fiftyOpenUisReceiveTheMcsNext() throws Exception {
        Figures figures = measure(SCREENS, BACKSTAGE, ROUNDS);
        assertThat(figures.median()).as("median latency, ms (target " + TARGET_MEDIAN_MS + ")")
                .isLessThan(TARGET_MEDIAN_MS);
        assertThat(figures.p95()).as("p95 latency, ms (target " + TARGET_P95_MS + ")").isLessThan(TARGET_P95_MS);
        assertThat(figures.kbPerUi()).as("heap per open UI, KB (target " + TARGET_KB_PER_UI + ")")
                .isLessThan(TARGET_KB_PER_UI);
    }

    /**
     * The hall of a large ceremony: 200 open pages (100 projectors, 100 backstage by default;
     * -Dbench.large.screens / -Dbench.large.backstage). Run alone with
     * {@code -Dtest=CeremonyPushBenchmark#twoHundredOpenUisReceiveTheMcsNext}. The latency is
     * reported (there is no target for it at this size); the heap per page keeps its target.
     */
    @Test
    void twoHundredOpenUisReceiveTheMcsNext() throws Exception {
        Figures figures = measure(Integer.getInteger("bench.large.screens", 100),
                Integer.getInteger("bench.large.backstage", 100), Integer.getInteger("bench.large.rounds", 50));
        assertThat(figures.kbPerUi()).as("heap per open UI, KB (target " + TARGET_KB_PER_UI + ")")
                .isLessThan(TARGET_KB_PER_UI);
    }

    record Figures(double median, double p95, double kbPerUi) {
    }

    private Figures measure(int screens, int backstage, int rounds) throws Exception {
        database.resetToDemo();
        String token = ceremony.screenToken();
        HttpClient http = VaadinPushClient.sharedHttpClient();
        int listenersBefore = broadcaster.listenerCount();
        long heapBefore = Heap.usedAfterGc();

        for (int i = 0; i < screens; i++) {
            clients.add(new VaadinPushClient(http, port).open("screen/" + token));
        }
        for (int i = 0; i < backstage; i++) {
            clients.add(new VaadinPushClient(http, port).login("mc", "demo1234").open("backstage"));
        }
        int uis = broadcaster.listenerCount() - listenersBefore;
        long heapAfter = Heap.usedAfterGc();
        assertThat(uis).as("live UIs subscribed to the broadcaster").isEqualTo(screens + backstage);

        // The pages' heartbeats, as the browsers send them (vaadin.heartbeatInterval).
        var heartbeats = Executors.newSingleThreadScheduledExecutor();
        heartbeats.scheduleAtFixedRate(() -> clients.forEach(client -> {
            try {
                client.heartbeat();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), 5, 5, TimeUnit.SECONDS);

        long[] charsBefore = clients.stream().mapToLong(VaadinPushClient::pushedChars).toArray();
        long cpuUsed;
        long[] latencies = new long[rounds];
        long[] commands = new long[rounds];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpuBefore = 0;
        try {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
            LiveCeremony live = ceremony.live();
            boolean forward = true;
            for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
                Thread.sleep(PACE_MS);
                if (forward && live.finished() || !forward && !live.started()) {
                    forward = !forward;
                }
                long sent = System.nanoTime();
                live = ceremony.execute(forward
                        ? new CeremonyCommand.Next(live.version(), "mc-tablet")
                        : new CeremonyCommand.Back(live.version(), "mc-tablet"));
                long committed = System.nanoTime();
                long last = awaitEveryone(live.version(), sent);
                if (round == -1) {
                    cpuBefore = os.getProcessCpuTime();
                }
                if (round >= 0) {
                    latencies[round] = last - sent;
                    commands[round] = committed - sent;
                }
            }
        } finally {
            cpuUsed = os.getProcessCpuTime() - cpuBefore;
            heartbeats.shutdownNow();
            heartbeats.awaitTermination(10, TimeUnit.SECONDS);
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        Arrays.sort(commands);
        double median = ms(sorted[rounds / 2]);
        double p95 = ms(sorted[(int) Math.ceil(rounds * 0.95) - 1]);
        double kbPerUi = (heapAfter - heapBefore) / 1024.0 / uis;
        System.out.printf("%nCEREMONY PUSH BENCHMARK (%s mode): %d live UIs (%d screens, %d backstage), "
                        + "%d rounds every %d ms after %d warm-up rounds%n",
                PRODUCTION ? "production" : "development", uis, screens, backstage, rounds, PACE_MS, WARM_UP_ROUNDS);
        System.out.printf("  Next -> last UI received the push: median %.1f ms (target < %.0f), p95 %.1f ms "
                        + "(target < %.0f), min %.1f ms, max %.1f ms%n",
                median, TARGET_MEDIAN_MS, p95, TARGET_P95_MS, ms(sorted[0]), ms(sorted[rounds - 1]));
        int fifth = Math.max(1, rounds / 5);
        System.out.printf("  median of the first %d rounds %.1f ms, of the last %d %.1f ms (JIT still warming up "
                        + "shows as a difference)%n", fifth, ms(medianOf(latencies, 0, fifth)), fifth,
                ms(medianOf(latencies, rounds - fifth, rounds)));
        System.out.printf("  of which the command itself (commit and the state built once): median %.1f ms, p95 %.1f ms%n",
                ms(commands[rounds / 2]), ms(commands[(int) Math.ceil(rounds * 0.95) - 1]));
        System.out.printf("  CPU of the whole JVM (server and test clients) per round: %.1f ms; load average %.1f "
                        + "before the rounds, %.1f after%n",
                ms(cpuUsed) / rounds, loadBefore, os.getSystemLoadAverage());
        long screenChars = 0;
        long backstageChars = 0;
        for (int i = 0; i < clients.size(); i++) {
            long pushed = clients.get(i).pushedChars() - charsBefore[i];
            if (i < screens) {
                screenChars += pushed;
            } else {
                backstageChars += pushed;
            }
        }
        int allRounds = rounds + WARM_UP_ROUNDS;
        System.out.printf("  pushed per page and round: projector %.1f KB, backstage %.1f KB (characters of the "
                        + "WebSocket messages)%n", screens == 0 ? 0 : screenChars / 1024.0 / screens / allRounds,
                backstage == 0 ? 0 : backstageChars / 1024.0 / backstage / allRounds);
        System.out.printf("  server heap: %.1f MB before, %.1f MB after opening; %.0f KB per open UI (target < %.0f)%n%n",
                heapBefore / 1048576.0, heapAfter / 1048576.0, kbPerUi, TARGET_KB_PER_UI);
        assertThat(clients).noneMatch(VaadinPushClient::closedByServer);
        return new Figures(median, p95, kbPerUi);
    }

    /** Waits until every client has the version; returns when the last one got it (nanoTime). */
    private long awaitEveryone(long version, long sent) throws InterruptedException {
        long deadline = sent + WAIT_PER_ROUND_MS * 1_000_000;
        long last = sent;
        for (VaadinPushClient client : clients) {
            Long at;
            while ((at = client.arrival(version)) == null) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Version " + version + " did not reach every UI within "
                            + WAIT_PER_ROUND_MS + " ms");
                }
                Thread.sleep(1);
            }
            last = Math.max(last, at);
        }
        return last;
    }

    private static long medianOf(long[] values, int from, int to) {
        long[] part = Arrays.copyOfRange(values, from, to);
        Arrays.sort(part);
        return part[part.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
