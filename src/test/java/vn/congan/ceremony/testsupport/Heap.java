package vn.congan.ceremony.testsupport;

import java.lang.management.ManagementFactory;

/** The server's heap in use, for the benchmarks' memory per open UI or session. */
public final class Heap {

    private Heap() {
    }

    /** Heap in use after a few garbage collections, in bytes. */
    public static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
