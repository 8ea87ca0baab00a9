package vn.congan.ceremony.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congan.ceremony.common.text.VietText;

/**
 * A unit named with the unit it belongs to, as offices write it in their lists: "Đội Điều tra
 * tổng hợp, Phòng Cảnh sát hình sự", "Đội Điều tra tổng hợp - Phòng Cảnh sát hình sự" or "Đội
 * Điều tra tổng hợp thuộc Phòng Cảnh sát hình sự". The portal names such a sub-unit in one way,
 * {@link #name()}: "Đội ... - Phòng ...", under its parent.
 *
 * @param child  the sub-unit's own name ("Đội Điều tra tổng hợp")
 * @param parent the parent unit as the portal has it
 */
public record SubUnitReference(String child, Unit parent) {

    /** "X thuộc Y", "X, Y", "X - Y" (hyphen or dash); the first separator that gives a known parent wins. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+thuộc\\s+|\\s*,\\s*|\\s+[-–—]\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words a sub-unit's name starts with; compared with their marks ("Đội", not the family name Đới). */
    private static final List<String> SUB_UNIT_WORDS = List.of("đội ", "tổ ", "trạm ", "đồn ", "ban ", "phân trại ",
            "trại ", "khu ", "công an xã ", "công an phường ", "công an thị trấn ", "tiểu đoàn ", "đại đội ",
            "trung tâm ", "phòng ");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The name the portal keeps for the sub-unit: "Đội Điều tra tổng hợp - Phòng Cảnh sát hình sự". */
    public String name() {
        return child + " - " + parent.getName();
    }

    /**
     * Reads {@code text} as a sub-unit of a unit that {@code knownUnit} finds by name (ignoring
     * case and marks), or empty when it names no known parent or the first part does not read as
     * a sub-unit.
     */
    public static Optional<SubUnitReference> parse(String text, Function<String, Optional<Unit>> knownUnit) {
        String cleaned = VietText.cleanToNull(text);
        if (cleaned == null) {
            return Optional.empty();
        }
        Matcher m = SEPARATOR.matcher(cleaned);
        while (m.find()) {
            String child = cleaned.substring(0, m.start()).trim();
            String parent = cleaned.substring(m.end()).trim();
            if (child.isEmpty() || parent.isEmpty() || !readsAsSubUnit(child)) {
                continue;
            }
            Optional<Unit> found = knownUnit.apply(parent);
            if (found.isPresent()) {
                return Optional.of(new SubUnitReference(child, found.get()));
            }
        }
        return Optional.empty();
    }

    static boolean readsAsSubUnit(String text) {
        String lower = text.toLowerCase(VIETNAMESE);
        return SUB_UNIT_WORDS.stream().anyMatch(w -> lower.startsWith(w) && lower.length() > w.length());
    }
}
