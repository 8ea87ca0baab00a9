package vn.congan.ceremony.common.spreadsheet;

import java.util.regex.Pattern;
import vn.congan.ceremony.common.text.VietText;

/**
 * The layout rows of an office list, as offices keep it in Excel: the ordinal in the "STT"
 * column, the "(1) (2) (3)" line under a header, and the total line or signature block that
 * ends the list.
 */
public final class ListRows {

    /** How many rows from the top a header row is looked for. */
    public static final int HEADER_SEARCH_ROWS = 60;

    private static final Pattern ORDINAL = Pattern.compile("\\d{1,6}\\.?");
    private static final Pattern COLUMN_NUMBERING = Pattern.compile("\\(?\\d{1,2}\\)?");

    private ListRows() {
    }

    /** "1", "12." in the number column. */
    public static boolean isOrdinal(String number) {
        return ORDINAL.matcher(number).matches();
    }

    /** A cell of the "(1) (2) (3)" line printed under a header. */
    public static boolean isColumnNumbering(String cell) {
        return COLUMN_NUMBERING.matcher(cell).matches();
    }

    /** "Tổng cộng", "Tổng số", "Cộng:", "Nơi nhận": nothing below is a list row. */
    public static boolean endsTheList(SheetRow row) {
        for (String value : row.distinctValues()) {
            String folded = VietText.fold(value);
            if (folded.startsWith("tong cong") || folded.startsWith("tong so") || folded.startsWith("noi nhan")
                    || folded.startsWith("cong:") || folded.equals("cong")) {
                return true;
            }
        }
        return false;
    }
}
