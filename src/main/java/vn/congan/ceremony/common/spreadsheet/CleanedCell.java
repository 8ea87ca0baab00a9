package vn.congan.ceremony.common.spreadsheet;

import java.util.List;
import vn.congan.ceremony.common.text.CleanedText;
import vn.congan.ceremony.common.text.HiddenCharacter;

/**
 * A cell of a list row that held hidden characters (controls, bidirectional overrides, zero-width
 * characters), removed when the row was read: which column, and which characters. A preview tells
 * the organizer, so that nothing is cleaned behind their back.
 */
public record CleanedCell(ListColumn column, List<HiddenCharacter> removed) {

    public CleanedCell {
        removed = List.copyOf(removed);
    }

    /** "U+202E, U+0007". */
    public String codes() {
        return CleanedText.codes(removed);
    }

    /** "U+202E RIGHT-TO-LEFT OVERRIDE, U+0007 BEL". */
    public String described() {
        return CleanedText.described(removed);
    }

    /** "spreadsheet.column.NAME": the column's name for a message ("họ tên"). */
    public String columnMessageKey() {
        return "spreadsheet.column." + column.name();
    }
}
