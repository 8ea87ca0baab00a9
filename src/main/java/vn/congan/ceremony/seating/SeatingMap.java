package vn.congan.ceremony.seating;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plan as the editor and the chart show it: the hall, its seats, who sits where, and what is out of order. */
public record SeatingMap(SeatingPlan plan, HallLayout layout, List<SeatingSeat> seats,
        Map<Long, SeatAssignment> bySeatId, StageOrderCheck.Report stageOrder) {

    public Optional<SeatAssignment> occupant(SeatingSeat seat) {
        return Optional.ofNullable(bySeatId.get(seat.getId()));
    }

    /** The plan as this map read it, for changes made from it. */
    public PlanSnapshot snapshot() {
        return PlanSnapshot.of(plan);
    }

    public boolean outOfOrder(SeatingSeat seat) {
        return stageOrder.outOfOrderSeatIds().contains(seat.getId());
    }

    /** A pinned awardee whose stage place changed: kept by a re-run, the organizer checks it ("ghim — kiểm tra lại"). */
    public boolean pinnedToReview(SeatingSeat seat) {
        return stageOrder.pinnedToReviewSeatIds().contains(seat.getId());
    }

    /**
     * The batch the seat's awardee goes up with in the stage order now (not the one they were
     * seated for); empty for other seats and for awards no longer in a batch.
     */
    public Optional<Integer> batchOf(SeatingSeat seat) {
        return occupant(seat).filter(a -> a.getKind() == Occupant.Kind.AWARDEE)
                .map(a -> stageOrder.currentBatchBySeatId().get(seat.getId()));
    }
}
