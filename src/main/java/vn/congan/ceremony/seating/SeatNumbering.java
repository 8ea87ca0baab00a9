package vn.congan.ceremony.seating;

/** How the hall numbers the seats of a row (seen from the seats, facing the stage). */
public enum SeatNumbering {
    /** 1, 2, 3, ... from the left wall to the right wall, across the aisles. */
    LEFT_TO_RIGHT,
    /** From the centre of the hall outwards: odd numbers to the left (1, 3, 5, ...), even to the right (2, 4, 6, ...). */
    ODD_EVEN_FROM_CENTRE
}
