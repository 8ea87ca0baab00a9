package vn.congan.ceremony.common.spreadsheet;

import java.util.List;

/** One row of a sheet as text: cells cleaned (NFC, single spaces), blank cells as "". */
public record SheetRow(int rowNumber, List<String> cells) {

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    /** The distinct non-blank texts of the row; a cell merged across columns counts once. */
    public List<String> distinctValues() {
        return cells.stream().filter(c -> !c.isEmpty()).distinct().toList();
    }
}
