package vn.congan.ceremony.ceremony;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands every change of the live ceremony to the open views. One thread for all of them:
 * each view's listener only queues its update with {@code ui.access}, which Vaadin pushes.
 */
@Component
public class CeremonyBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(CeremonyBroadcaster.class);

    private final List<Consumer<LiveCeremony>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ceremony-broadcaster");
        t.setDaemon(true);
        return t;
    });

    /** Adds a listener; remove it with the returned registration (on detach). */
    public Registration register(Consumer<LiveCeremony> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void broadcast(LiveCeremony live) {
        executor.execute(() -> {
            for (Consumer<LiveCeremony> listener : listeners) {
                try {
                    listener.accept(live);
                } catch (RuntimeException e) {
                    LOG.warn("A ceremony listener failed", e);
                }
            }
        });
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** Waits until every broadcast handed over so far has reached its listeners (tests, benchmark). */
    public void awaitDelivered() {
        try {
            executor.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Broadcast not delivered", e);
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
