package vn.congan.ceremony.seating;

/** A seat as the organizer set it up: its zone, and whether it is blocked (camera, pillar, reserved). */
public record HallSeat(SeatKey key, Zone zone, boolean blocked) {
}
