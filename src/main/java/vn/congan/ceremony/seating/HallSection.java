package vn.congan.ceremony.seating;

import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.VietText;

/**
 * A block of seats between aisles: {@code rows} rows of {@code seatsPerRow} seats, row 0 nearest
 * the stage. Sections of one hall may differ in both; a shorter section simply ends earlier
 * (its last rows are missing at the back). Out-of-range input is refused with a message naming
 * the section, before anything is built.
 */
public record HallSection(String name, int rows, int seatsPerRow) {

    public static final int MAX_ROWS = 60;
    public static final int MAX_SEATS_PER_ROW = 60;
    /** As long as the column {@code seating_section.name}. */
    public static final int MAX_NAME_LENGTH = 100;

    public HallSection {
        name = VietText.cleanToNull(name);
        if (name == null) {
            throw new UserMessageException("seating.error.sectionName");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new UserMessageException("seating.error.sectionNameTooLong", name.substring(0, 20) + "…",
                    MAX_NAME_LENGTH);
        }
        if (rows < 1 || rows > MAX_ROWS) {
            throw new UserMessageException("seating.error.sectionRows", name, MAX_ROWS);
        }
        if (seatsPerRow < 1 || seatsPerRow > MAX_SEATS_PER_ROW) {
            throw new UserMessageException("seating.error.sectionSeats", name, MAX_SEATS_PER_ROW);
        }
    }

    public int seatCount() {
        return rows * seatsPerRow;
    }
}
