package vn.congan.ceremony.print.certificate;

import java.io.BufferedOutputStream;
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

/**
 * Renders 1,000 full-design certificates (900 Giấy khen on A4, 100 Bằng khen on A3, long
 * Vietnamese names) into one PDF file, twice: the first job in a fresh JVM (start-up, font
 * loading and JIT included) and the same job again, as on a running portal. Prints wall-clock
 * and CPU time of each, the peak heap and the file size. Run in its own JVM by
 * {@link CertificateBenchmarkTest}, with the heap capped.
 */
public final class CertificateBenchmarkMain {

    private CertificateBenchmarkMain() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmark-1000.pdf");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (String run : new String[] {"cold", "warm"}) {
            double cpuBefore = processCpuSeconds();
            long start = System.nanoTime();
            CertificateRenderer.Report report;
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                report = CertificateRenderer.render(sheets(count), new PrinterOffset(1.5, -0.5, 0, 0, false),
                        "Benchmark", stream);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "BENCHMARK run=%s certificates=%d pages=%d warnings=%d seconds=%.2f "
                    + "processCpuSeconds=%.2f fileKB=%d%n", run, count, report.pages(), report.warnings().size(),
                    seconds, processCpuSeconds() - (run.equals("cold") ? 0 : cpuBefore), Files.size(out) / 1024);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "BENCHMARK peakHeapMB=%.1f maxHeapMB=%.0f cpus=%d loadAverage=%.1f%n",
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                Runtime.getRuntime().availableProcessors(), load);
    }

    /** CPU time of every thread of this JVM (JIT and GC included) since it started. */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    static List<CertificateSheet> sheets(int count) {
        CertificateLayout a4 = DefaultLayouts.of("GK", 297, 210, CertificateMode.FULL);
        CertificateLayout a3 = DefaultLayouts.of("BK", 420, 297, CertificateMode.FULL);
        String[] units = {SampleCertificates.LONGEST_UNIT, "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "Công an xã Đông Ứng - Công an huyện Đồng Tâm", "Phòng Cảnh sát hình sự"};
        List<CertificateSheet> sheets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean bangKhen = i < count / 10;
            CertificateData base = bangKhen ? SampleCertificates.individual()
                    : SampleCertificates.collective(units[i % units.length] + " " + (i + 1));
            CertificateData data = base.withRegisterNumber(String.format(Locale.ROOT, "%s-%04d",
                    bangKhen ? "3456" : "1234", i + 1));
            sheets.add(new CertificateSheet.Certificate(data.recipient(), bangKhen ? a3 : a4, data));
        }
        return sheets;
    }
}
