package vn.congan.ceremony.seating;

import java.util.List;
import java.util.Map;

/**
 * Everything the automatic assignment needs: the hall and its seats' zones, the delegates in
 * precedence order (most senior first), the batches in stage order (each in entry order),
 * the other attendees, and the seats pinned by hand, which stay as they are.
 */
public record SeatingRequest(HallLayout layout, Map<SeatKey, HallSeat> seats, List<Occupant> delegates,
        List<List<Occupant>> batches, List<Occupant> general, Map<SeatKey, Occupant> pinned,
        Side delegateStartSide) {

    public SeatingRequest {
        seats = Map.copyOf(seats);
        delegates = List.copyOf(delegates);
        batches = batches.stream().map(List::copyOf).toList();
        general = List.copyOf(general);
        pinned = Map.copyOf(pinned);
    }

    /** The seat's set-up; a seat the organizer never touched is a free general seat. */
    public HallSeat seat(SeatKey key) {
        HallSeat seat = seats.get(key);
        return seat != null ? seat : new HallSeat(key, Zone.GENERAL, false);
    }
}
