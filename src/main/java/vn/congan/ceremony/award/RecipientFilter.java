package vn.congan.ceremony.award;

/** What the recipients grid shows: one kind or both, and a search text (case and diacritics ignored). */
public record RecipientFilter(RecipientKind kind, String text) {

    public static final RecipientFilter ALL = new RecipientFilter(null, "");

    public boolean collectives() {
        return kind == null || kind == RecipientKind.COLLECTIVE;
    }

    public boolean individuals() {
        return kind == null || kind == RecipientKind.INDIVIDUAL;
    }
}
