package vn.congan.ceremony.stage;

/**
 * One recipient of a batch as the editor, the script and the other features show it.
 * {@code label} is what the MC reads: rank and full name for a person, the unit's full name
 * for a collective; {@code representative} is who goes on stage for a collective.
 * {@code personId} and {@code personName} (full name, no rank) are the person who goes on stage
 * (the individual, or the collective's representative when one of the people was chosen; else
 * null), for seating; {@code sortKey} sorts recipients by name (the person's, or the unit's).
 */
public record StageEntry(long entryId, long entryVersion, long awardId, long awardVersion, int position,
        boolean collective, String label, String unitName, String personPosition, Long unitId,
        Long representativePersonId, String representativeText, String representative, Long personId,
        String personName, String sortKey) {

    /** "Thượng úy Nguyễn Văn An, Phòng Cảnh sát hình sự", or the unit's name alone. */
    public String labelWithUnit() {
        return collective || unitName == null || unitName.isEmpty() ? label : label + ", " + unitName;
    }

    /** Who seating places for this recipient: the person on stage, else the representative's text, else the unit. */
    public String seatName() {
        return personName != null ? personName : representativeText != null ? representativeText : unitName;
    }
}
