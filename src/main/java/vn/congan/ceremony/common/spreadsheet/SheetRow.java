package vn.congan.ceremony.common.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congan.ceremony.common.text.CleanedText;
import vn.congan.ceremony.common.text.HiddenCharacter;
import vn.congan.ceremony.common.text.VietText;

/**
 * One row of a sheet as text: cells cleaned (NFC, single spaces, hidden characters removed),
 * blank cells as "". {@code unevaluated} holds the columns whose cell is a formula saved without
 * its result (a workbook written by a program that does not calculate): such a cell reads as "",
 * and the importer reports the row instead of taking it for blank. {@code hidden} keeps, by
 * column index, the hidden characters a cell held.
 */
public record SheetRow(int rowNumber, List<String> cells, Set<Integer> unevaluated,
        Map<Integer, List<HiddenCharacter>> hidden) {

    /** A row of cells as the file holds them: each is cleaned here, and what it lost remembered. */
    public SheetRow(int rowNumber, List<String> rawCells) {
        this(rowNumber, rawCells, Set.of(), null);
    }

    /** Like {@link #SheetRow(int, List)}, with the columns whose formula has no saved result. */
    public SheetRow(int rowNumber, List<String> rawCells, Set<Integer> unevaluated) {
        this(rowNumber, rawCells, unevaluated, null);
    }

    public SheetRow {
        if (hidden == null) {
            List<String> cleaned = new ArrayList<>(cells.size());
            Map<Integer, List<HiddenCharacter>> removed = new HashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                CleanedText text = VietText.cleanReport(cells.get(c));
                cleaned.add(text.text());
                if (text.hadHidden()) {
                    removed.put(c, text.removed());
                }
            }
            cells = cleaned;
            hidden = removed;
        }
        cells = List.copyOf(cells);
        unevaluated = Set.copyOf(unevaluated);
        hidden = Map.copyOf(hidden);
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

    /** The cells of {@code columns} (but the number) that held hidden characters, in the columns' order. */
    public List<CleanedCell> cleanedCells(Map<ListColumn, Integer> columns) {
        if (hidden.isEmpty()) {
            return List.of();
        }
        List<CleanedCell> cleaned = new ArrayList<>();
        for (ListColumn column : ListColumn.values()) {
            Integer index = columns.get(column);
            if (column != ListColumn.NUMBER && index != null && hidden.containsKey(index)) {
                cleaned.add(new CleanedCell(column, hidden.get(index)));
            }
        }
        return cleaned;
    }
}
