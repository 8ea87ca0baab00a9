package vn.congan.ceremony.seating;

import java.util.List;

/**
 * What adding names did: how many were added, how many skipped (already on the list, or twice in
 * it); for a file, the sheet and header row the names were read from (null and 0 for pasted lines);
 * and the lines whose hidden characters were removed, so that the organizer is told.
 */
public record AttendeesAdded(int added, int skipped, String sheetName, int headerRow,
        List<AttendeeList.Entry> cleaned) {

    public AttendeesAdded {
        cleaned = List.copyOf(cleaned);
    }
}
