package vn.congan.ceremony.seating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the stage order the awardees were seated by with the stage order now: a seat is out
 * of order when its award moved to another batch or place, or left the batches; an awardee is
 * unseated when their award is in a batch but nobody holding it has a seat.
 */
public final class StageOrderCheck {

    /** An awardee seat as saved: the award and the stage place it was seated for. */
    public record Seated(long seatId, long awardId, int batch, int entry, boolean pinned) {
    }

    /** Where an award stands in the stage order now, and who goes up for it. */
    public record StagePlace(int batch, int entry, String occupantKey) {
    }

    /**
     * The unpinned seats out of order, the number of awardees without a seat, the pinned seats
     * whose stage place changed ("ghim — kiểm tra lại": kept by a re-run, so not counted as out of
     * order), and each awardee seat's batch in the stage order now.
     */
    public record Report(List<Long> outOfOrderSeatIds, int unseated, List<Long> pinnedToReviewSeatIds,
            Map<Long, Integer> currentBatchBySeatId) {
        public Report(List<Long> outOfOrderSeatIds, int unseated) {
            this(outOfOrderSeatIds, unseated, List.of(), Map.of());
        }

        public boolean changed() {
            return !outOfOrderSeatIds.isEmpty() || unseated > 0;
        }
    }

    private StageOrderCheck() {
    }

    public static Report check(List<Seated> seated, Map<Long, StagePlace> current, Set<String> seatedKeys) {
        List<Long> outOfOrder = new ArrayList<>();
        List<Long> pinnedToReview = new ArrayList<>();
        Map<Long, Integer> batchNow = new HashMap<>();
        for (Seated s : seated) {
            StagePlace now = current.get(s.awardId());
            if (now != null) {
                batchNow.put(s.seatId(), now.batch());
            }
            if (now == null || now.batch() != s.batch() || now.entry() != s.entry()) {
                (s.pinned() ? pinnedToReview : outOfOrder).add(s.seatId());
            }
        }
        int unseated = (int) current.values().stream().map(StagePlace::occupantKey)
                .distinct().filter(k -> !seatedKeys.contains(k)).count();
        return new Report(List.copyOf(outOfOrder), unseated, List.copyOf(pinnedToReview), Map.copyOf(batchNow));
    }
}
