package vn.congan.ceremony.award.importer;

import java.util.List;

/** A parsed row as the commit would treat it: matched or new unit and person, and its problems. */
public record PreviewRow(ParsedRecipient recipient, MatchStatus unit, MatchStatus person,
        List<ImportProblem> problems) {

    public PreviewRow {
        problems = List.copyOf(problems);
    }

    /** Rows with any problem stay out of the commit. */
    public boolean importable() {
        return problems.isEmpty();
    }
}
