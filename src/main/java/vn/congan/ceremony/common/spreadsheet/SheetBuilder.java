package vn.congan.ceremony.common.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import vn.congan.ceremony.common.UserMessageException;

/**
 * Collects the rows of one sheet as a reader meets them, one cell at a time, keeping only rows
 * with data and at most {@link ReadLimits#MAX_COLUMNS} columns; at the end of the sheet the
 * merged ranges repeat their top-left value in every cell they cover. Every cap is checked as
 * the cells arrive.
 */
final class SheetBuilder {

    private final String name;
    private final ReadLimits limits;
    private final TreeMap<Integer, RowCells> rows = new TreeMap<>();
    private final List<int[]> merged = new ArrayList<>();
    private RowCells current;

    SheetBuilder(String name, ReadLimits limits) {
        this.name = name;
        this.limits = limits;
    }

    String name() {
        return name;
    }

    /** A new row, numbered from 1 as the sheet shows it. */
    void startRow(int rowNumber) {
        endRow();
        current = new RowCells(rowNumber);
    }

    /**
     * The text of a cell (0-based column) of the current row, as written in the file; a column
     * past the read width is ignored. {@code unevaluated}: a formula without its saved result.
     */
    void cell(int column, String raw, boolean unevaluated) {
        if (current == null || column < 0 || column >= ReadLimits.MAX_COLUMNS) {
            return;
        }
        String text = limits.cell(name, reference(current.number, column), raw);
        current.set(column, text, unevaluated);
    }

    void endRow() {
        if (current != null && current.hasData()) {
            limits.countRow();
            rows.merge(current.number, current, RowCells::mergeWith);
        }
        current = null;
    }

    /** A merged range, 0-based and inclusive, as the sheet declares it. */
    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (merged.size() >= ReadLimits.MAX_MERGED_RANGES) {
            throw new UserMessageException("spreadsheet.error.tooManyMerged", ReadLimits.MAX_MERGED_RANGES);
        }
        if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn
                || firstColumn >= ReadLimits.MAX_COLUMNS) {
            return;
        }
        merged.add(new int[] {firstRow, lastRow, firstColumn, Math.min(lastColumn, ReadLimits.MAX_COLUMNS - 1)});
    }

    Sheet build() {
        endRow();
        for (int[] range : merged) {
            spread(range);
        }
        List<SheetRow> result = new ArrayList<>(rows.size());
        for (RowCells row : rows.values()) {
            result.add(row.toRow());
        }
        return new Sheet(name, result);
    }

    /** The top-left value of a merged range into every cell it covers; new rows count as rows. */
    private void spread(int[] range) {
        RowCells top = rows.get(range[0] + 1);
        String value = top == null ? "" : top.get(range[2]);
        boolean unevaluated = top != null && top.unevaluated.contains(range[2]);
        if (value.isEmpty() && !unevaluated) {
            return;
        }
        for (int r = range[0]; r <= range[1]; r++) {
            RowCells row = rows.get(r + 1);
            if (row == null) {
                limits.countRow();
                row = new RowCells(r + 1);
                rows.put(r + 1, row);
            }
            for (int c = range[2]; c <= range[3]; c++) {
                row.set(c, value, unevaluated);
            }
        }
    }

    static String reference(int rowNumber, int column) {
        return CellReference.convertNumToColString(column) + rowNumber;
    }

    /** The cells of one row while it is read. */
    private static final class RowCells {
        private final int number;
        private String[] cells = new String[8];
        private int width;
        private Set<Integer> unevaluated = Set.of();

        RowCells(int number) {
            this.number = number;
        }

        void set(int column, String text, boolean formulaWithoutResult) {
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, Math.min(cells.length * 2, ReadLimits.MAX_COLUMNS)));
            }
            cells[column] = text;
            width = Math.max(width, column + 1);
            if (formulaWithoutResult) {
                if (unevaluated.isEmpty()) {
                    unevaluated = new HashSet<>();
                }
                unevaluated.add(column);
            }
        }

        String get(int column) {
            return column < width && cells[column] != null ? cells[column] : "";
        }

        boolean hasData() {
            if (!unevaluated.isEmpty()) {
                return true;
            }
            for (int c = 0; c < width; c++) {
                if (cells[c] != null && !cells[c].isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** A row number met twice (a malformed sheet): the later cells win. */
        RowCells mergeWith(RowCells later) {
            for (int c = 0; c < later.width; c++) {
                if (later.cells[c] != null) {
                    set(c, later.cells[c], later.unevaluated.contains(c));
                }
            }
            return this;
        }

        SheetRow toRow() {
            List<String> values = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                values.add(get(c));
            }
            return new SheetRow(number, values, unevaluated);
        }
    }
}
