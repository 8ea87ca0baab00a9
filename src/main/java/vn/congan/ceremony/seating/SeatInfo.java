package vn.congan.ceremony.seating;

/** Where someone sits: what the check-in desk tells them ("hàng B, ghế 7"). */
public record SeatInfo(String occupantName, Occupant.Kind kind, Long personId, String rowLabel, int seatNumber,
        String sectionName, Zone zone, Integer batchNo) {

    /** "B7". */
    public String label() {
        return rowLabel + seatNumber;
    }
}
