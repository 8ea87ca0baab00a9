package vn.congan.ceremony.common.spreadsheet;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.congan.ceremony.common.text.VietText;

/**
 * The columns an office list (a recipient list, a guest list) may have, recognised from their
 * header text however it is written: any case, with or without diacritics, extra spaces or
 * punctuation, and the usual variants ("Họ và tên", "Họ tên", "Tên tập thể", "Đơn vị công tác", ...).
 * A header naming two or three of rank, position and unit ("Cấp bậc, chức vụ") is one combined
 * column; the reader of the list splits its cells.
 */
public enum ListColumn {
    NUMBER,
    NAME,
    RANK,
    POSITION,
    UNIT,
    NOTE,
    ACHIEVEMENT,
    /** One column for both: "Cấp bậc, chức vụ" ("Đại úy, Đội trưởng"). */
    RANK_POSITION,
    /** One column for both: "Chức vụ, đơn vị công tác" ("Đội trưởng, Đội Cảnh sát hình sự"). */
    POSITION_UNIT,
    /** One column for all three: "Cấp bậc, chức vụ, đơn vị". */
    RANK_POSITION_UNIT;

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z0-9]+");

    /** The column a header cell names, if any. */
    public static Optional<ListColumn> of(String header) {
        String h = " " + words(header) + " ";
        if (h.isBlank()) {
            return Optional.empty();
        }
        if (h.equals(" stt ") || h.equals(" tt ") || h.contains(" so tt ") || h.contains(" so thu tu ")) {
            return Optional.of(NUMBER);
        }
        if (h.contains(" ho va ten ") || h.contains(" ho ten ") || h.contains(" ten tap the ")
                || h.contains(" ten don vi ") || h.contains(" tap the ca nhan ") || h.equals(" ten ")
                || h.contains(" ten ca nhan ") || h.contains(" ho ten dem ")) {
            return Optional.of(NAME);
        }
        boolean rank = h.contains(" cap bac ") || h.equals(" cb ");
        boolean position = h.contains(" chuc vu ") || h.contains(" chuc danh ");
        boolean unit = h.contains(" don vi ") || h.contains(" noi cong tac ") || h.contains(" co quan ");
        if (rank && position) {
            return Optional.of(unit ? RANK_POSITION_UNIT : RANK_POSITION);
        }
        if (rank) {
            return Optional.of(RANK);
        }
        if (position) {
            return Optional.of(unit ? POSITION_UNIT : POSITION);
        }
        if (unit) {
            return Optional.of(UNIT);
        }
        if (h.contains(" ghi chu ")) {
            return Optional.of(NOTE);
        }
        if (h.contains(" thanh tich ")) {
            return Optional.of(ACHIEVEMENT);
        }
        return Optional.empty();
    }

    /**
     * The columns of a header row, first occurrence winning; empty unless the row names
     * the name column and at least one other, so a title line is never taken for a header.
     */
    public static Map<ListColumn, Integer> headerOf(SheetRow row) {
        Map<ListColumn, Integer> columns = new EnumMap<>(ListColumn.class);
        for (int c = 0; c < row.cells().size(); c++) {
            int index = c;
            of(row.cell(c)).ifPresent(column -> columns.putIfAbsent(column, index));
        }
        if (!columns.containsKey(NAME) || columns.size() < 2) {
            return Map.of();
        }
        return columns;
    }

    /**
     * A header row of a one-column list: its only text is exactly a name header ("Họ và tên",
     * "HỌ TÊN", "Tên"), not a title that merely contains those words.
     */
    public static boolean isNameOnlyHeader(SheetRow row) {
        var values = row.distinctValues();
        if (values.size() != 1) {
            return false;
        }
        return isNameHeader(values.get(0));
    }

    /** Exactly a name header, "Họ và tên", "HỌ TÊN", "Tên", and nothing more. */
    public static boolean isNameHeader(String text) {
        String h = words(text);
        return h.equals("ho va ten") || h.equals("ho ten") || h.equals("ten");
    }

    private static String words(String text) {
        return NOT_LETTER.matcher(VietText.fold(text).replace(".", "")).replaceAll(" ").trim();
    }
}
