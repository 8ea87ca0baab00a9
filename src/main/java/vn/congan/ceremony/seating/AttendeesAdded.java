package vn.congan.ceremony.seating;

/**
 * What adding names did: how many were added, how many skipped (already on the list, or twice in
 * it); for a file, the sheet and header row the names were read from (null and 0 for pasted lines).
 */
public record AttendeesAdded(int added, int skipped, String sheetName, int headerRow) {
}
