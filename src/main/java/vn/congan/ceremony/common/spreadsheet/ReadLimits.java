package vn.congan.ceremony.common.spreadsheet;

import vn.congan.ceremony.common.UserMessageException;

/**
 * The caps of one file's reading, checked while it is read so that reading stops at the first
 * one passed: rows with data (all sheets together), characters in one cell, characters kept in
 * all, and bytes unpacked from a workbook's zip. Whatever the file, what reading keeps in memory
 * stays within these caps.
 */
final class ReadLimits {

    /** The most characters one cell may hold (a long "Thành tích" paragraph is about 2,000). */
    static final int MAX_CELL_CHARS = 5_000;
    /**
     * The most characters kept from one file (cells and the workbook's shared texts, each counted,
     * a shared text also for what keeping it costs): 10,000 rows each with a 300-character
     * achievement fit twice over; at most some 60 MB of heap.
     */
    static final long MAX_TEXT_CHARS = 10_000_000;
    /** The most bytes unpacked from a workbook's parts (sheets, shared texts, styles). */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    /** The most merged ranges one sheet may have. */
    static final int MAX_MERGED_RANGES = 20_000;
    /** At most this many columns are read; a list of an office is never wider. */
    static final int MAX_COLUMNS = 40;

    private final int maxRows;
    private int rows;
    private long textChars;

    ReadLimits(int maxRows) {
        this.maxRows = maxRows;
    }

    int maxRows() {
        return maxRows;
    }

    int rowsRead() {
        return rows;
    }

    /** One more row with data; refuses the file when it has more than the cap. */
    void countRow() {
        rows++;
        if (rows > maxRows) {
            throw new UserMessageException("spreadsheet.error.tooManyRows", maxRows);
        }
    }

    /** Counts {@code chars} more characters kept; refuses the file past the cap. */
    void countText(long chars) {
        textChars += chars;
        if (textChars > MAX_TEXT_CHARS) {
            throw new UserMessageException("spreadsheet.error.tooMuchText", MAX_TEXT_CHARS);
        }
    }

    /**
     * A cell's text as kept: refused when longer than a cell may be, else counted and handed on
     * as the file holds it; {@link SheetRow} cleans it and remembers what it removed.
     */
    String cell(String sheet, String cellReference, String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        if (raw.length() > MAX_CELL_CHARS) {
            throw new UserMessageException("spreadsheet.error.cellTooLong", cellReference, sheet, MAX_CELL_CHARS);
        }
        countText(raw.length());
        return raw;
    }
}
