package vn.congan.ceremony.award.importer;

import java.util.List;

/**
 * What the parser read from one file: the recipient rows in file order, and where it
 * found them (sheet name, 1-based header row) for the preview's caption.
 */
public record ParsedList(String fileName, String sheetName, int headerRowNumber, List<ParsedRecipient> rows) {

    public ParsedList {
        rows = List.copyOf(rows);
    }

    public long collectives() {
        return rows.stream().filter(ParsedRecipient::isCollective).count();
    }

    public long individuals() {
        return rows.size() - collectives();
    }
}
