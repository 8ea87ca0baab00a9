package vn.congan.ceremony.award.importer;

import java.util.List;

/** A sheet (or a CSV file) read as rows of text. */
record Sheet(String name, List<SheetRow> rows) {

    boolean isBlank() {
        return rows.stream().allMatch(SheetRow::isBlank);
    }
}
