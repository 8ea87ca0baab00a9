package vn.congan.ceremony.award.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.congan.ceremony.award.RecipientKind;
import vn.congan.ceremony.common.spreadsheet.CleanedCell;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.Rank;

/**
 * One recipient row of an imported list, with its text cleaned up (NFC, single spaces, hidden
 * characters removed).
 * For a collective {@code name} is the unit's name and {@code unitName} is null; for an
 * individual {@code name} is the full name and {@code unitName} the unit it works in.
 *
 * @param rowNumber  the row as the spreadsheet numbers it (1-based), for the preview
 * @param rank       the rank read, {@link Rank#NONE} when blank, null when unreadable
 * @param rankText   the rank cell as written, shown when it could not be read
 * @param cleaned    the cells of the row that held hidden characters (removed), for the preview's note
 */
public record ParsedRecipient(int rowNumber, RecipientKind kind, String name, PersonName personName, Rank rank,
        String rankText, String position, String unitName, String note, String achievement,
        List<ImportProblem> problems, List<CleanedCell> cleaned) {

    public ParsedRecipient {
        problems = List.copyOf(problems);
        cleaned = List.copyOf(cleaned);
    }

    /** A row whose cells held no hidden character. */
    public ParsedRecipient(int rowNumber, RecipientKind kind, String name, PersonName personName, Rank rank,
            String rankText, String position, String unitName, String note, String achievement,
            List<ImportProblem> problems) {
        this(rowNumber, kind, name, personName, rank, rankText, position, unitName, note, achievement, problems,
                List.of());
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

    /**
     * Two rows with the same key name the same recipient: a unit by its folded name; a person by
     * the name ignoring case only ("Hà" and "Hạ" are different people) and the folded unit.
     */
    public String duplicateKey() {
        return isCollective()
                ? "C|" + VietText.fold(name)
                : "I|" + (name == null ? "" : name.toLowerCase(Locale.ROOT)) + "|" + VietText.fold(unitName);
    }

    public ParsedRecipient withProblem(ImportProblem problem) {
        if (problems.contains(problem)) {
            return this;
        }
        List<ImportProblem> more = new ArrayList<>(problems);
        more.add(problem);
        return new ParsedRecipient(rowNumber, kind, name, personName, rank, rankText, position, unitName, note,
                achievement, more, cleaned);
    }
}
