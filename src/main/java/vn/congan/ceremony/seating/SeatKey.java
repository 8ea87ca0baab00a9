package vn.congan.ceremony.seating;

import java.util.Comparator;

/**
 * A seat's place in the hall: section index (0 = leftmost), row index (0 = front row, "A")
 * and seat index inside the section's row (0 = leftmost), all seen facing the stage.
 */
public record SeatKey(int section, int row, int seat) {

    /** Front rows first, then left to right. */
    public static final Comparator<SeatKey> HALL_ORDER = Comparator.comparingInt(SeatKey::row)
            .thenComparingInt(SeatKey::section).thenComparingInt(SeatKey::seat);
}
