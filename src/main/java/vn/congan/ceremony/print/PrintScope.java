package vn.congan.ceremony.print;

/** What one print job covers. */
public enum PrintScope {
    /** One certificate or a selection of them. */
    SELECTION,
    /** Every certificate of one presentation batch. */
    BATCH,
    /** Every certificate of one decision. */
    DECISION,
    /** Every certificate of the conference, in stage order. */
    CEREMONY
}
