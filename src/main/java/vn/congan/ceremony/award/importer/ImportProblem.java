package vn.congan.ceremony.award.importer;

/**
 * Why a parsed row will not be imported. Every problem keeps its row out of the commit;
 * the organizer fixes the file and imports it again (rows already imported are skipped).
 */
public enum ImportProblem {
    /** The rank cell holds text that is no rank of the People's Public Security. */
    UNKNOWN_RANK,
    /** The row has a number or other fields but no name. */
    MISSING_NAME,
    /** A cell is longer than the portal stores (a name over 200 characters, a position over 300, ...). */
    TEXT_TOO_LONG,
    /**
     * A unit's name alone among the individuals with nobody listed below it: a heading without
     * people, or a collective written in the individuals' part by mistake.
     */
    HEADING_WITHOUT_PEOPLE,
    /**
     * A cell of the row is a formula saved without its result (the file was written by a program
     * that does not calculate): the organizer opens and saves it in Excel, then imports again.
     */
    FORMULA_WITHOUT_VALUE,
    /** The same recipient appears earlier in the file. */
    DUPLICATE_IN_FILE,
    /**
     * The row names no unit and several people in the portal have its name: the organizer writes
     * the unit in the file (set by the import service, not the parser).
     */
    AMBIGUOUS_PERSON,
    /** The recipient is already on the decision (set by the import service, not the parser). */
    ALREADY_ON_DECISION;

    public String messageKey() {
        return "award.import.problem." + name();
    }
}
