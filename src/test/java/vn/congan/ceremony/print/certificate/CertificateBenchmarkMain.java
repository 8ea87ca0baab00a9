package vn.congan.ceremony.print.certificate;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams a large ceremony's certificates the way a download does: 2,000 sheets (1,700 Giấy khen
 * on A4, 300 Bằng khen on A3, long Vietnamese names) as a ZIP of one PDF per stock, through an
 * 8 KiB buffer as a servlet response has. Prints, per job, when the first 8 KiB left (the first
 * byte the browser gets), the whole time, pages per second and the process CPU. Jobs: the
 * portal's start-up warm-up ({@link RendererWarmUp}, unless {@code nowarm}), the first job after
 * it ("cold"), the same again ("warm"), the blank-stock job, then 20,000 sheets streamed into
 * nothing to show that the heap does not grow with the pages. Run in its own JVM by
 * {@link CertificateBenchmarkTest}, with the heap capped at 256 MB.
 */
public final class CertificateBenchmarkMain {

    static final int CEREMONY = 2000;
    static final int HUGE = 20_000;

    private CertificateBenchmarkMain() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmark-ceremony.zip");
        boolean warmUp = !(args.length > 1 && args[1].equals("nowarm"));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (warmUp) {
            double cpu = processCpuSeconds();
            long start = System.nanoTime();
            int pages = RendererWarmUp.run();
            System.out.printf(Locale.ROOT, "BENCHMARK warmup pages=%d seconds=%.2f processCpuSeconds=%.2f%n", pages,
                    (System.nanoTime() - start) / 1e9, processCpuSeconds() - cpu);
            job(warmUp ? "cold" : "fresh", CertificateMode.FULL, CEREMONY, out);
            job("warm", CertificateMode.FULL, CEREMONY, out);
            job("blank", CertificateMode.BLANK_STOCK, CEREMONY, out.resolveSibling("benchmark-ceremony-blank.zip"));
            if (args.length > 1 && args[1].equals("quick")) {
                return;
            }
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            job("huge", CertificateMode.FULL, HUGE, null);
            System.out.printf(Locale.ROOT, "BENCHMARK peakHeapMB=%.1f maxHeapMB=%.0f cpus=%d loadAverage=%.1f%n",
                    peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                    Runtime.getRuntime().availableProcessors(), load);
        } else {
            job("fresh", CertificateMode.FULL, CEREMONY, out);
            System.out.printf(Locale.ROOT, "BENCHMARK cpus=%d loadAverage=%.1f%n",
                    Runtime.getRuntime().availableProcessors(), load);
        }
    }

    /** One job into {@code file} (null: into nothing), as the print service streams it. */
    private static void job(String run, CertificateMode mode, int count, Path file) throws IOException {
        List<CertificateSheet> all = sheets(count, mode);
        List<CertificateSheet> a3 = all.stream().filter(s -> s.widthMm() > 300).toList();
        List<CertificateSheet> a4 = all.stream().filter(s -> s.widthMm() <= 300).toList();
        double cpuBefore = processCpuSeconds();
        long threadBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        FirstByte first = new FirstByte(file == null ? OutputStream.nullOutputStream()
                : new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), start, threadBefore);
        int pages = 0;
        try (OutputStream response = new BufferedOutputStream(first, 8 * 1024);
                ZipOutputStream zip = new ZipOutputStream(response)) {
            zip.setLevel(Deflater.BEST_SPEED);
            // as the print service: every letter checked before the first byte, the fitting as the pages stream
            CertificateRenderer.requirePrintable(a3);
            CertificateRenderer.requirePrintable(a4);
            int part = 0;
            for (List<CertificateSheet> sheets : List.of(a3, a4)) {
                zip.putNextEntry(new ZipEntry("part-" + ++part + ".pdf"));
                pages += CertificateRenderer.render(sheets, new PrinterOffset(1.5, -0.5, 0, 0, false), "Benchmark",
                        new FilterOutputStream(zip) {
                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                out.write(b, off, len);
                            }

                            @Override
                            public void close() throws IOException {
                                flush();
                            }
                        }).pages();
                zip.closeEntry();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = processCpuSeconds() - cpuBefore;
        double thread = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadBefore) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK run=%s mode=%s pages=%d firstByteMs=%.0f seconds=%.2f "
                + "pagesPerSecond=%.0f processCpuSeconds=%.2f pagesPerCpuSecond=%.0f threadCpuSeconds=%.2f "
                + "firstByteCpuMs=%.0f fileKB=%d%n", run, mode, pages, first.millis, seconds, pages / seconds, cpu,
                pages / cpu, thread, first.cpuMillis, first.bytes / 1024);
    }

    /** Notes when the first bytes leave the response buffer, and counts them. */
    private static final class FirstByte extends FilterOutputStream {
        private final long start;
        private final long threadStart;
        double millis = -1;
        double cpuMillis = -1;
        long bytes;

        FirstByte(OutputStream out, long start, long threadStart) {
            super(out);
            this.start = start;
            this.threadStart = threadStart;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (millis < 0) {
                millis = (System.nanoTime() - start) / 1e6;
                cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadStart) / 1e6;
            }
            bytes += len;
            out.write(b, off, len);
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** CPU time of every thread of this JVM (JIT and GC included) since it started. */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** {@code count} sheets, one in seven a Bằng khen on A3, the rest Giấy khen on A4. */
    static List<CertificateSheet> sheets(int count, CertificateMode mode) {
        CertificateLayout a4 = DefaultLayouts.of("GK", 297, 210, mode);
        CertificateLayout a3 = DefaultLayouts.of("BK", 420, 297, mode);
        String[] units = {SampleCertificates.LONGEST_UNIT, "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "Công an xã Đông Ứng - Công an huyện Đồng Tâm", "Phòng Cảnh sát hình sự"};
        List<CertificateSheet> sheets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean bangKhen = i % 20 < 3;
            CertificateData base = bangKhen ? SampleCertificates.individual()
                    : SampleCertificates.collective(units[i % units.length] + " " + (i + 1));
            CertificateData data = base.withRegisterNumber(String.format(Locale.ROOT, "%s-%04d",
                    bangKhen ? "3456" : "1234", i + 1));
            sheets.add(new CertificateSheet.Certificate(data.recipient(), bangKhen ? a3 : a4, data));
        }
        return sheets;
    }
}
