package vn.congan.ceremony.seating;

/** One line of the list of other attendees as the organizer sees it: its number, and its seat if any ("K5"). */
public record AttendeeRow(long id, int number, String name, String organisation, String seat) {

    public boolean seated() {
        return seat != null;
    }
}
