package vn.congan.ceremony.common;

import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that makes a feature's first use after a start as quick as the next ones (classes loaded,
 * fonts read, code compiled), run on a daemon thread of low priority so that readiness never
 * waits for it. A failure only costs speed: it is logged, never thrown.
 */
public final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private WarmUp() {
    }

    /** Starts {@code work} (which returns how many items it went through) in the background; returns its thread. */
    public static Thread inBackground(String name, IntSupplier work) {
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                int items = work.getAsInt();
                LOG.debug("Warm-up {}: {} items in {} ms", name, items, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Warm-up {} failed (the first use will only be slower): {}", name, e.toString());
            }
        }, "warm-up-" + name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }
}
