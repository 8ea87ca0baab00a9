package vn.congan.ceremony.ceremony.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congan.ceremony.ceremony.CeremonyBroadcaster;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.CeremonyService;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.testsupport.AbstractViewTest;
import vn.congan.ceremony.testsupport.FixtureBatches;

/** Karibu tests of the live views: commands from "another device" and delivery of the pushes. */
abstract class LiveViewTestSupport extends AbstractViewTest {

    @Autowired
    protected CeremonyService ceremony;

    @Autowired
    protected CeremonyBroadcaster broadcaster;

    @org.junit.jupiter.api.BeforeEach
    void fixtureBatches() {
        FixtureBatches.install(context);
        // the set-up's own writes announce themselves to the live pages: let them pass first
        broadcaster.awaitDelivered();
    }

    /** Lets the broadcaster hand its updates over, then runs the UI's queued {@code ui.access} tasks. */
    protected void deliverPushes() {
        broadcaster.awaitDelivered();
        MockVaadin.runUIQueue();
    }

    /** Advances the ceremony {@code times} steps from another tablet (as user mc). */
    protected LiveCeremony nextFromOtherTablet(int times) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        try {
            LiveCeremony live = ceremony.live();
            for (int i = 0; i < times; i++) {
                live = ceremony.execute(new CeremonyCommand.Next(live.version(), "other-tablet"));
            }
            return live;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /**
     * Holds back every push until the returned action runs, as a slow network would: the
     * broadcaster's one thread waits inside a listener, so later changes queue behind it.
     */
    protected Runnable holdPushes() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        var registration = broadcaster.register(live -> {
            if (first.getAndSet(false)) {
                entered.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        broadcaster.broadcast(LiveCeremony.empty("hold"));
        entered.await(10, TimeUnit.SECONDS);
        return () -> {
            registration.remove();
            release.countDown();
        };
    }

    @AfterEach
    void drainBroadcasts() {
        broadcaster.awaitDelivered();
    }
}
