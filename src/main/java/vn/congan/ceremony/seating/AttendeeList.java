package vn.congan.ceremony.seating;

import java.util.List;
import vn.congan.ceremony.common.spreadsheet.CleanedCell;

/**
 * Names read for the list of other attendees, from pasted lines or from a file, before any of
 * them is stored. A file's sheet and header row are kept for the message; pasted lines have none.
 */
public record AttendeeList(String sheetName, int headerRow, List<Entry> entries) {

    /**
     * One name with its optional title and agency, the line or row it came from, and the cells of
     * that line that held hidden characters (removed).
     */
    public record Entry(int line, String name, String organisation, List<CleanedCell> cleaned) {

        public Entry {
            cleaned = List.copyOf(cleaned);
        }
    }

    /** The entries that had hidden characters removed, for the message after adding them. */
    public List<Entry> cleanedEntries() {
        return entries.stream().filter(e -> !e.cleaned().isEmpty()).toList();
    }
}
