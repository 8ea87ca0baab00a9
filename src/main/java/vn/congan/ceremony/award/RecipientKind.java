package vn.congan.ceremony.award;

/** Who receives an award: a collective (a unit) or an individual (a person). */
public enum RecipientKind {
    COLLECTIVE,
    INDIVIDUAL;

    /** The i18n key of the kind's name ("Tập thể", "Cá nhân"). */
    public String messageKey() {
        return "award.kind." + name();
    }
}
