package vn.congan.ceremony.award;

import java.util.function.UnaryOperator;
import vn.congan.ceremony.organisation.Rank;

/**
 * A recipient as the decision page shows it, read inside the transaction so that the grid
 * never touches a lazy association. {@code achievement} is the override or null.
 */
public record RecipientRow(Long awardId, long version, int listOrder, RecipientKind kind, String name, Rank rank,
        String position, String unitName, String achievement, String effectiveAchievement, String note,
        String registerNumber, String representative, Long unitId, Long personId) {

    static RecipientRow of(Award award) {
        if (award.isCollective()) {
            String representative = award.getRepresentative() != null
                    ? award.getRepresentative().getRankAndName() : award.getRepresentativeText();
            return new RecipientRow(award.getId(), award.getVersion(), award.getListOrder(), RecipientKind.COLLECTIVE,
                    award.getUnit().getName(), Rank.NONE, null, null, award.getAchievement(),
                    award.effectiveAchievement(), award.getNote(), award.getRegisterNumber(), representative,
                    award.getUnit().getId(), null);
        }
        var person = award.getPerson();
        return new RecipientRow(award.getId(), award.getVersion(), award.getListOrder(), RecipientKind.INDIVIDUAL,
                person.getFullName(), person.getRank(), person.getPosition(),
                person.getUnit() == null ? null : person.getUnit().getName(), award.getAchievement(),
                award.effectiveAchievement(), award.getNote(), award.getRegisterNumber(), null, null, person.getId());
    }

    /**
     * The same row with its unit written otherwise: a collective's name, an individual's unit
     * ("Phòng Cảnh sát hình sự, Công an tỉnh Bình An" on a list issued above the department).
     */
    public RecipientRow withUnitNames(UnaryOperator<String> rename) {
        return isCollective()
                ? new RecipientRow(awardId, version, listOrder, kind, rename.apply(name), rank, position, unitName,
                        achievement, effectiveAchievement, note, registerNumber, representative, unitId, personId)
                : new RecipientRow(awardId, version, listOrder, kind, name, rank, position,
                        unitName == null ? null : rename.apply(unitName), achievement,
                        effectiveAchievement, note, registerNumber, representative, unitId, personId);
    }

    public boolean isCollective() {
        return kind == RecipientKind.COLLECTIVE;
    }

    /** "Thượng úy Nguyễn Văn An" or the unit's name. */
    public String displayName() {
        return isCollective() ? name : Rank.withName(rank, name);
    }
}
