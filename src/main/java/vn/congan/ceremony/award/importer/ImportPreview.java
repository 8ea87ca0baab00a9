package vn.congan.ceremony.award.importer;

import java.util.List;
import vn.congan.ceremony.common.text.VietText;

/** Everything the organizer sees before committing: every row, and what the commit would add. */
public record ImportPreview(ParsedList list, List<PreviewRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long importableCollectives() {
        return rows.stream().filter(r -> r.importable() && r.recipient().isCollective()).count();
    }

    public long importableIndividuals() {
        return rows.stream().filter(r -> r.importable() && !r.recipient().isCollective()).count();
    }

    public long skipped() {
        return rows.stream().filter(r -> !r.importable()).count();
    }

    /** Rows whose cells held hidden characters, removed before anything else was read. */
    public long cleanedRows() {
        return rows.stream().filter(r -> !r.recipient().cleaned().isEmpty()).count();
    }

    /** Distinct units the commit would create. */
    public long newUnits() {
        return rows.stream().filter(r -> r.importable() && r.unit() == MatchStatus.NEW)
                .map(r -> VietText.fold(r.unitName()))
                .distinct().count();
    }

    public long newPeople() {
        return rows.stream().filter(r -> r.importable() && r.person() == MatchStatus.NEW).count();
    }
}
