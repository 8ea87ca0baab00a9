package vn.congan.ceremony.stage;

/**
 * One recipient of a batch as the editor, the script and the other features show it.
 * {@code label} is what the MC reads: rank and full name for a person, the unit's full name
 * for a collective; {@code representative} is who goes on stage for a collective.
 */
public record StageEntry(long entryId, long entryVersion, long awardId, long awardVersion, int position,
        boolean collective, String label, String unitName, String personPosition, Long unitId,
        Long representativePersonId, String representativeText, String representative) {

    /** "Thượng úy Nguyễn Văn An, Phòng Cảnh sát hình sự", or the unit's name alone. */
    public String labelWithUnit() {
        return collective || unitName == null || unitName.isEmpty() ? label : label + ", " + unitName;
    }
}
