package vn.congan.ceremony.seating;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.ceremony.SeatDirectory;

/** Gives the live ceremony views (backstage, check-in) the seats of the hall plan. */
@Component
public class SeatingSeatDirectory implements SeatDirectory {

    private final SeatLookup lookup;

    public SeatingSeatDirectory(SeatLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public Map<Long, String> seatsByPerson(long conferenceId) {
        Map<Long, String> seats = new HashMap<>();
        for (SeatInfo seat : lookup.all(conferenceId)) {
            if (seat.personId() != null) {
                seats.putIfAbsent(seat.personId(), seat.label());
            }
        }
        return seats;
    }
}
