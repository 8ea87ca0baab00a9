package vn.congan.ceremony.award.importer;

import java.util.List;

/**
 * A parsed row as the commit would treat it: matched or new unit and person, and its problems.
 * {@code unitName} is the unit as the portal names it ("Đội X - Phòng Y" for "Đội X, Phòng Y");
 * {@code newUnitParent}, the parent a new sub-unit goes under (null otherwise).
 */
public record PreviewRow(ParsedRecipient recipient, MatchStatus unit, MatchStatus person,
        List<ImportProblem> problems, String unitName, String newUnitParent) {

    public PreviewRow {
        problems = List.copyOf(problems);
    }

    /** Rows with any problem stay out of the commit. */
    public boolean importable() {
        return problems.isEmpty();
    }
}
