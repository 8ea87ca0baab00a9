package vn.congan.ceremony.award.importer;

import java.util.List;
import vn.congan.ceremony.award.RecipientKind;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.Rank;

/**
 * One recipient row of an imported list, with its text cleaned up (NFC, single spaces).
 * For a collective {@code name} is the unit's name and {@code unitName} is null; for an
 * individual {@code name} is the full name and {@code unitName} the unit it works in.
 *
 * @param rowNumber  the row as the spreadsheet numbers it (1-based), for the preview
 * @param rank       the rank read, {@link Rank#NONE} when blank, null when unreadable
 * @param rankText   the rank cell as written, shown when it could not be read
 */
public record ParsedRecipient(int rowNumber, RecipientKind kind, String name, PersonName personName, Rank rank,
        String rankText, String position, String unitName, String note, String achievement,
        List<ImportProblem> problems) {

    public ParsedRecipient {
        problems = List.copyOf(problems);
    }

    public boolean isCollective() {
        return kind == RecipientKind.COLLECTIVE;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The unit this row names: the recipient itself for a collective, the workplace for an individual. */
    public String unitReference() {
        return isCollective() ? name : unitName;
    }

    /** Two rows with the same key name the same recipient: kind, folded name and, for people, folded unit. */
    public String duplicateKey() {
        return isCollective()
                ? "C|" + VietText.fold(name)
                : "I|" + VietText.fold(name) + "|" + VietText.fold(unitName);
    }

    public ParsedRecipient withProblem(ImportProblem problem) {
        if (problems.contains(problem)) {
            return this;
        }
        List<ImportProblem> more = new java.util.ArrayList<>(problems);
        more.add(problem);
        return new ParsedRecipient(rowNumber, kind, name, personName, rank, rankText, position, unitName, note,
                achievement, more);
    }
}
