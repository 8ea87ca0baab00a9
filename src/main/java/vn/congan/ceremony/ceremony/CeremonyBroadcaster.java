package vn.congan.ceremony.ceremony;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands every change of the live ceremony to the open views. A small fixed set of threads (one
 * per core, at most four) serves all of them, whatever the number of open pages: broadcasts are
 * delivered one after the other, in order, and each is split into one slice of listeners per
 * thread (interleaved, see {@link #slice}). Each view's listener applies its update with {@code ui.access}, which renders and pushes
 * under that view's own session lock, so the slices run in parallel.
 */
@Component
public class CeremonyBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(CeremonyBroadcaster.class);

    private final List<Consumer<LiveCeremony>> listeners = new CopyOnWriteArrayList<>();
    private final int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Takes the broadcasts in order; delivers the first slice itself. */
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(named("ceremony-broadcaster"));
    /** Delivers the other slices. */
    private final ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads - 1),
            named("ceremony-broadcaster-worker"));

    private static ThreadFactory named(String name) {
        AtomicInteger number = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Adds a listener; remove it with the returned subscription (on detach). */
    public Subscription register(Consumer<LiveCeremony> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void broadcast(LiveCeremony live) {
        broadcast(() -> live);
    }

    /** Builds the state on the broadcasting thread, then hands it over like {@link #broadcast(LiveCeremony)}. */
    public void broadcast(Supplier<LiveCeremony> state) {
        dispatcher.execute(() -> {
            LiveCeremony live;
            try {
                live = state.get();
            } catch (RuntimeException e) {
                LOG.warn("The ceremony state to broadcast could not be built", e);
                return;
            }
            List<Consumer<LiveCeremony>> all = new ArrayList<>(listeners);
            int slices = Math.max(1, Math.min(threads, all.size()));
            List<Future<?>> others = new ArrayList<>(slices - 1);
            for (int slice = 1; slice < slices; slice++) {
                List<Consumer<LiveCeremony>> part = slice(all, slice, slices);
                others.add(workers.submit(() -> part.forEach(listener -> deliver(listener, live))));
            }
            slice(all, 0, slices).forEach(listener -> deliver(listener, live));
            for (Future<?> other : others) {
                try {
                    other.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    LOG.warn("A ceremony broadcast failed", e.getCause());
                }
            }
        });
    }

    /**
     * Every {@code slices}-th listener from {@code slice} on: pages of one kind open together (the
     * projectors, then backstage), so interleaving gives each thread its share of the heavy ones,
     * and the last page served is not the end of one thread's long run of backstage pages.
     */
    static <T> List<T> slice(List<T> all, int slice, int slices) {
        List<T> part = new ArrayList<>(all.size() / slices + 1);
        for (int i = slice; i < all.size(); i += slices) {
            part.add(all.get(i));
        }
        return part;
    }

    private static void deliver(Consumer<LiveCeremony> listener, LiveCeremony live) {
        try {
            listener.accept(live);
        } catch (RuntimeException e) {
            LOG.warn("A ceremony listener failed", e);
        }
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** Waits until every broadcast handed over so far has reached its listeners (tests, benchmark). */
    public void awaitDelivered() {
        try {
            dispatcher.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Broadcast not delivered", e);
        }
    }

    @PreDestroy
    void shutdown() {
        dispatcher.shutdownNow();
        workers.shutdownNow();
    }
}
