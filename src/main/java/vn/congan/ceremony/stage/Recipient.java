package vn.congan.ceremony.stage;

import java.util.Objects;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.organisation.Rank;

/**
 * What the stage order needs to know of one award: its form and its precedence, whether a
 * collective, the unit's official order ({@code null} when the unit has none), and for an
 * individual the rank, position and name. Plain data, so the rules run without a database.
 */
public record Recipient(long awardId, long formId, int formPrecedence, boolean collective, Integer unitOrder,
        String unitName, Rank rank, String position, PersonName name) {

    public Recipient {
        rank = rank == null ? Rank.NONE : rank;
        unitName = Objects.requireNonNullElse(unitName, "");
        name = name == null ? new PersonName("", "", "") : name;
    }

    public static Recipient collective(long awardId, long formId, int formPrecedence, Integer unitOrder,
            String unitName) {
        return new Recipient(awardId, formId, formPrecedence, true, unitOrder, unitName, Rank.NONE, null, null);
    }

    public static Recipient individual(long awardId, long formId, int formPrecedence, Integer unitOrder,
            String unitName, Rank rank, String position, String fullName) {
        return new Recipient(awardId, formId, formPrecedence, false, unitOrder, unitName, rank, position,
                PersonName.parse(fullName));
    }
}
