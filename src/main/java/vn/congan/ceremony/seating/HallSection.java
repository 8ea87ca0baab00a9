package vn.congan.ceremony.seating;

/** A block of seats between aisles: {@code rows} rows of {@code seatsPerRow} seats, row 0 nearest the stage. */
public record HallSection(String name, int rows, int seatsPerRow) {

    public static final int MAX_ROWS = 60;
    public static final int MAX_SEATS_PER_ROW = 60;

    public HallSection {
        if (rows < 1 || rows > MAX_ROWS || seatsPerRow < 1 || seatsPerRow > MAX_SEATS_PER_ROW) {
            throw new IllegalArgumentException("Section size out of range: " + rows + " x " + seatsPerRow);
        }
    }
}
