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
}
