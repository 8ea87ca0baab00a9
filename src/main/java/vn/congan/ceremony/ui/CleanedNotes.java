package vn.congan.ceremony.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import vn.congan.ceremony.common.spreadsheet.CleanedCell;
import vn.congan.ceremony.common.spreadsheet.ListColumn;

/**
 * What an import preview says about hidden characters removed from a row: "Đã xóa ký tự điều
 * khiển/ẩn (U+202E) trong họ tên", and, for a tooltip, the characters' Unicode names.
 */
public final class CleanedNotes {

    private CleanedNotes() {
    }

    /** The note for a row's cleaned cells; "" when none. {@code collective}: the name column holds a unit. */
    public static String note(Component source, List<CleanedCell> cells, boolean collective) {
        if (cells.isEmpty()) {
            return "";
        }
        String where = cells.stream()
                .map(c -> source.getTranslation("import.cleaned.in", c.codes(), column(source, c, collective)))
                .collect(Collectors.joining(", "));
        return source.getTranslation("import.cleaned", where);
    }

    /** "họ tên: U+202E RIGHT-TO-LEFT OVERRIDE; ...": the removed characters by name. */
    public static String described(Component source, List<CleanedCell> cells, boolean collective) {
        return cells.stream().map(c -> column(source, c, collective) + ": " + c.described())
                .collect(Collectors.joining("; "));
    }

    private static String column(Component source, CleanedCell cell, boolean collective) {
        return collective && cell.column() == ListColumn.NAME
                ? source.getTranslation("spreadsheet.column.NAME.collective")
                : source.getTranslation(cell.columnMessageKey());
    }
}
