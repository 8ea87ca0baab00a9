package vn.congan.ceremony.common.spreadsheet;

import java.util.List;

/** A sheet (or a CSV file) read as rows of text. */
public record Sheet(String name, List<SheetRow> rows) {

    public boolean isBlank() {
        return rows.stream().allMatch(SheetRow::isBlank);
    }
}
