package vn.congan.ceremony.seating;

import java.util.List;

/**
 * Names read for the list of other attendees, from pasted lines or from a file, before any of
 * them is stored. A file's sheet and header row are kept for the message; pasted lines have none.
 */
public record AttendeeList(String sheetName, int headerRow, List<Entry> entries) {

    /** One name with its optional title and agency, and the line or row it came from. */
    public record Entry(int line, String name, String organisation) {
    }
}
