package vn.congan.ceremony.award;

import java.util.Objects;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;

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

    /** What the stage order needs of a stored award; a unit without a positive official order has none. */
    public static Recipient of(Award a) {
        long formId = a.getDecision().getForm().getId();
        int precedence = a.getDecision().getForm().getPrecedence();
        if (a.isCollective()) {
            return collective(a.getId(), formId, precedence, unitOrder(a.getUnit()), a.getUnit().getName());
        }
        Person p = a.getPerson();
        Unit unit = p.getUnit();
        return individual(a.getId(), formId, precedence, unitOrder(unit), unit == null ? null : unit.getName(),
                p.getRank(), p.getPosition(), p.getFullName());
    }

    private static Integer unitOrder(Unit unit) {
        return unit == null || unit.getOfficialOrder() <= 0 ? null : unit.getOfficialOrder();
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
