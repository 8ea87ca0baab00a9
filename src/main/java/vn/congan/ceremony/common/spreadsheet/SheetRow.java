package vn.congan.ceremony.common.spreadsheet;

import java.util.List;
import java.util.Set;

/**
 * One row of a sheet as text: cells cleaned (NFC, single spaces), blank cells as "".
 * {@code unevaluated} holds the columns whose cell is a formula saved without its result
 * (a workbook written by a program that does not calculate): such a cell reads as "", and
 * the importer reports the row instead of taking it for blank.
 */
public record SheetRow(int rowNumber, List<String> cells, Set<Integer> unevaluated) {

    public SheetRow {
        unevaluated = Set.copyOf(unevaluated);
    }

    public SheetRow(int rowNumber, List<String> cells) {
        this(rowNumber, cells, Set.of());
    }

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** The cell of {@code column} is a formula whose result the file does not hold. */
    public boolean isUnevaluated(int column) {
        return unevaluated.contains(column);
    }

    /** Blank: no text, and no formula waiting for a result. */
    public boolean isBlank() {
        return unevaluated.isEmpty() && cells.stream().allMatch(String::isEmpty);
    }

    /** The distinct non-blank texts of the row; a cell merged across columns counts once. */
    public List<String> distinctValues() {
        return cells.stream().filter(c -> !c.isEmpty()).distinct().toList();
    }
}
