package vn.congan.ceremony.conference;

/** What an agenda item is; the MC script and the ceremony views act on the type. */
public enum AgendaItemType {
    WELCOME,
    FLAG_SALUTE,
    OPENING,
    REPORT,
    CONTRIBUTION,
    DECISION_ANNOUNCEMENT,
    AWARD_PRESENTATION,
    DIRECTING_SPEECH,
    RESPONSE,
    PERFORMANCE,
    BREAK,
    CLOSING
}
