package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * <p>Run: {@code ./mvnw -o test -Pbenchmark -Dtest=CeremonyPushBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.devmode.componentTracker.enabled=false"})
@Import({TestDatabase.class, CleanSchemaConfiguration.class})
class CeremonyPushBenchmark {

    static final int SCREENS = Integer.getInteger("bench.screens", 25);
    static final int BACKSTAGE = Integer.getInteger("bench.backstage", 25);
    static final int WARM_UP_ROUNDS = 10;
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
        SecurityContextHolder.clearContext();
    }

    @Test
    void fiftyOpenUisReceiveTheMcsNext() throws Exception {
        database.resetToDemo();
        String token = ceremony.screenToken();
        HttpClient http = VaadinPushClient.sharedHttpClient();
        int listenersBefore = broadcaster.listenerCount();
        long heapBefore = Heap.usedAfterGc();

        for (int i = 0; i < SCREENS; i++) {
            clients.add(new VaadinPushClient(http, port).open("screen/" + token));
        }
        for (int i = 0; i < BACKSTAGE; i++) {
            clients.add(new VaadinPushClient(http, port).login("mc", "demo1234").open("backstage"));
        }
        int uis = broadcaster.listenerCount() - listenersBefore;
        long heapAfter = Heap.usedAfterGc();
        assertThat(uis).as("live UIs subscribed to the broadcaster").isEqualTo(SCREENS + BACKSTAGE);

        // The pages' heartbeats, as the browsers send them (vaadin.heartbeatInterval).
        var heartbeats = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        heartbeats.scheduleAtFixedRate(() -> clients.forEach(client -> {
            try {
                client.heartbeat();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), 5, 5, java.util.concurrent.TimeUnit.SECONDS);

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        LiveCeremony live = ceremony.live();
        long[] latencies = new long[ROUNDS];
        boolean forward = true;
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            Thread.sleep(PACE_MS);
            if (forward && live.finished() || !forward && !live.started()) {
                forward = !forward;
            }
            long sent = System.nanoTime();
            live = ceremony.execute(forward
                    ? new CeremonyCommand.Next(live.version(), "mc-tablet")
                    : new CeremonyCommand.Back(live.version(), "mc-tablet"));
            long last = awaitEveryone(live.version(), sent);
            if (round >= 0) {
                latencies[round] = last - sent;
            }
        }

        heartbeats.shutdownNow();
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        double median = ms(sorted[ROUNDS / 2]);
        double p95 = ms(sorted[(int) Math.ceil(ROUNDS * 0.95) - 1]);
        double kbPerUi = (heapAfter - heapBefore) / 1024.0 / uis;
        System.out.printf("%nCEREMONY PUSH BENCHMARK: %d live UIs (%d screens, %d backstage), %d rounds every %d ms%n",
                uis, SCREENS, BACKSTAGE, ROUNDS, PACE_MS);
        System.out.printf("  Next -> last UI received the push: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n",
                median, p95, ms(sorted[0]), ms(sorted[ROUNDS - 1]));
        System.out.printf("  server heap: %.1f MB before, %.1f MB after opening; %.0f KB per open UI%n%n",
                heapBefore / 1048576.0, heapAfter / 1048576.0, kbPerUi);
        assertThat(clients).noneMatch(VaadinPushClient::closedByServer);
        assertThat(p95).as("p95 latency, ms").isLessThan(200);
        assertThat(kbPerUi).as("heap per open UI, KB").isLessThan(1024);
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

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
