package vn.congan.ceremony.ceremony;

import java.util.Optional;

/**
 * Where a person sits in the hall ("Hàng C, ghế 12"), for backstage and the check-in desk.
 * The seating feature provides a bean; until then nobody has a seat.
 */
@FunctionalInterface
public interface SeatDirectory {

    /** Nobody has a seat (used while no seating bean exists). */
    SeatDirectory NONE = personId -> Optional.empty();

    Optional<String> seatOf(long personId);
}
