package vn.congan.ceremony.ceremony;

import java.util.Map;

/**
 * Where people sit in the hall ("C12"), for backstage and the check-in desk.
 * The seating feature provides the bean; without one nobody has a seat.
 */
@FunctionalInterface
public interface SeatDirectory {

    /** Nobody has a seat (used while no seating bean exists). */
    SeatDirectory NONE = conferenceId -> Map.of();

    /** The seat label of every seated person of a conference, by person id: one read per view. */
    Map<Long, String> seatsByPerson(long conferenceId);
}
