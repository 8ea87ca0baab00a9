package vn.congan.ceremony.award.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.AwardFormRepository;
import vn.congan.ceremony.award.DecisionFixtures;
import vn.congan.ceremony.conference.ConferenceRepository;
import vn.congan.ceremony.demo.DemoNames;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/**
 * Imports a 5,000-row workbook (100 collectives, 4,900 individuals, all new people) into an
 * empty decision: parse + preview + commit, the way the import dialog runs them. Run with
 * {@code ./mvnw -o test -Pbenchmark -Dtest=RecipientImportBenchmark}.
 */
@Tag("benchmark")
class RecipientImportBenchmark extends AbstractSpringTest {

    private static final int COLLECTIVES = 100;
    private static final int INDIVIDUALS = 4_900;

    @Autowired RecipientImportService service;
    @Autowired AwardDecisionRepository decisions;
    @Autowired AwardFormRepository forms;
    @Autowired ConferenceRepository conferences;

    @Test
    void fiveThousandRowsArePreviewedAndCommittedInUnderFiveSeconds() {
        byte[] xlsx = workbook();
        System.out.printf("[benchmark] workbook: %d rows, %,d bytes%n", COLLECTIVES + INDIVIDUALS, xlsx.length);
        System.out.printf("[benchmark] load average %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuTotal = 0;
        for (int run = 1; run <= 2; run++) {
            Long decision = DecisionFixtures.emptyDecision(decisions, forms, conferences, "B" + run + "/QĐ");
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            ParsedList list = service.parse("5000.xlsx", xlsx);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            ImportPreview preview = service.preview(decision, list);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            ImportResult result = service.commit(decision, list);
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            cpuTotal = (c3 - c0) / 1_000_000;
            System.out.printf("[benchmark] run %d wall: parse %d ms, preview %d ms, commit %d ms, total %d ms%n", run,
                    ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0));
            System.out.printf("[benchmark] run %d cpu:  parse %d ms, preview %d ms, commit %d ms, total %d ms "
                    + "(%d collectives, %d individuals, %d new units, %d new people)%n", run, ms(c1 - c0),
                    ms(c2 - c1), ms(c3 - c2), cpuTotal, result.collectives(), result.individuals(),
                    result.newUnits(), result.newPeople());
            assertThat(preview.rows()).hasSize(COLLECTIVES + INDIVIDUALS);
            assertThat(result.added()).isEqualTo(preview.importableCollectives() + preview.importableIndividuals())
                    .isGreaterThan(COLLECTIVES + INDIVIDUALS - 10);
        }
        // CPU time of the importing thread (H2 runs in it): wall time on a shared machine measures the neighbours
        assertThat(cpuTotal).as("warm run, CPU ms").isLessThan(5_000);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static byte[] workbook() {
        DemoNames names = new DemoNames(5000L);
        ListWorkbook wb = ListWorkbook.withTitle().header();
        wb.merged("I. TẬP THỂ");
        for (int i = 1; i <= COLLECTIVES; i++) {
            wb.row(i, "Đội nghiệp vụ số " + i + " - Công an huyện An Lạc");
        }
        wb.merged("II. CÁ NHÂN");
        for (int i = 1; i <= INDIVIDUALS; i++) {
            wb.row(i, names.next(), i % 2 == 0 ? "Đại uý" : "Thượng úy", "Cán bộ",
                    RealListFixture.UNITS[i % RealListFixture.UNITS.length], null);
        }
        return wb.footer().xlsx();
    }
}
