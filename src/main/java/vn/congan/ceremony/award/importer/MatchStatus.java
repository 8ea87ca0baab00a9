package vn.congan.ceremony.award.importer;

/** Whether a row's unit or person is already in the portal or will be created by the commit. */
public enum MatchStatus {
    EXISTING,
    NEW,
    /** The row names no unit (an individual without one), or the row is not imported. */
    NONE;

    public String messageKey() {
        return "award.import.match." + name();
    }
}
