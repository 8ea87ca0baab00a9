package vn.congan.ceremony.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.Recipient;
import vn.congan.ceremony.demo.DemoNames;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.stage.StageOrderPlanner.LockedBatch;
import vn.congan.ceremony.stage.StageOrderPlanner.PlannedBatch;

/**
 * Ordering and batching 2,000 recipients (4 forms, 60 units, realistic names, ranks and
 * positions, two locked batches) must take under 100 ms. Run with
 * {@code ./mvnw -o test -Pbenchmark -Dtest=StageOrderPlannerBenchmark}.
 */
@Tag("benchmark")
class StageOrderPlannerBenchmark {

    private static final List<String> POSITIONS = List.of("Cán bộ", "Đội trưởng", "Phó Đội trưởng", "Trưởng phòng",
            "Phó Trưởng phòng", "Điều tra viên", "Trinh sát viên", "Trưởng Công an xã");

    @Test
    void twoThousandRecipientsAreOrderedAndBatchedInUnder100Milliseconds() {
        List<Recipient> recipients = recipients(2000);
        List<LockedBatch> locked = List.of(new LockedBatch(-1, 3, 3, List.of(5L, 6L, 7L)),
                new LockedBatch(-2, 40, 4, List.of(1500L, 1501L)));
        for (int i = 0; i < 20; i++) { // warm up the JIT and the collator
            StageOrderPlanner.plan(recipients, 10, locked);
        }
        int runs = 20;
        long best = Long.MAX_VALUE;
        long total = 0;
        List<PlannedBatch> plan = List.of();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            plan = StageOrderPlanner.plan(recipients, 10, locked);
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        long cold = coldRun(recipients, locked);
        System.out.printf("StageOrderPlanner 2,000 recipients -> %d batches: best %.1f ms, mean %.1f ms, "
                + "first call in a fresh planner run %.1f ms%n", plan.size(), best / 1e6, total / 1e6 / runs, cold / 1e6);
        assertThat(plan.stream().mapToInt(b -> b.awardIds().size()).sum()).isEqualTo(2000);
        assertThat(total / runs).isLessThan(100_000_000L);
    }

    private static long coldRun(List<Recipient> recipients, List<LockedBatch> locked) {
        List<Recipient> shuffled = new ArrayList<>(recipients);
        Collections.shuffle(shuffled, new Random(1));
        long start = System.nanoTime();
        StageOrderPlanner.plan(shuffled, 10, locked);
        return System.nanoTime() - start;
    }

    private static List<Recipient> recipients(int count) {
        DemoNames names = new DemoNames(2000);
        Random random = new Random(42);
        Rank[] ranks = Rank.values();
        List<Recipient> list = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            long form = 1 + random.nextInt(4);
            int precedence = (int) form * 10;
            Integer unitOrder = random.nextInt(20) == 0 ? null : 100 * (1 + random.nextInt(60));
            if (random.nextInt(5) == 0) {
                list.add(Recipient.collective(id, form, precedence, unitOrder, "Đơn vị " + unitOrder));
            } else {
                list.add(Recipient.individual(id, form, precedence, unitOrder, "Đơn vị " + unitOrder,
                        ranks[random.nextInt(ranks.length)], POSITIONS.get(random.nextInt(POSITIONS.size())),
                        names.next()));
            }
        }
        return list;
    }
}
