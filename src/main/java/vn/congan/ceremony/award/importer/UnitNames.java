package vn.congan.ceremony.award.importer;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congan.ceremony.common.text.VietText;

/**
 * What the parser knows about unit names: the units already in the portal (matched by folded
 * name, as the import service matches them), and the words a unit's name starts with
 * ("Công an huyện ...", "Phòng ...", "Đội ..."), which no Vietnamese personal name starts with.
 */
final class UnitNames {

    static final UnitNames NONE = new UnitNames(List.of());

    /** Compared with their marks, so that the family name Đới is not "Đội" and Phong is not "Phòng". */
    private static final List<String> UNIT_WORDS = List.of("công an ", "phòng ", "văn phòng ", "đội ", "trại ",
            "phân trại ", "cục ", "trung tâm ", "bệnh viện ", "trường ", "đồn ", "trạm ", "cơ quan ", "tiểu đoàn ",
            "trung đoàn ", "khối ", "nhà tạm giữ ");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Set<String> known;

    UnitNames(Collection<String> knownNames) {
        this.known = knownNames.stream().map(VietText::fold).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
    }

    /** A unit of the portal, ignoring case and marks. */
    boolean isKnown(String text) {
        return known.contains(VietText.fold(text));
    }

    /** Starts like a unit's name: "Công an huyện An Lạc", "Đội Cảnh sát hình sự", "Trại tạm giam". */
    static boolean readsAsUnit(String text) {
        String cleaned = VietText.clean(text);
        if (cleaned == null) {
            return false;
        }
        String lower = cleaned.toLowerCase(VIETNAMESE);
        return UNIT_WORDS.stream().anyMatch(w -> lower.startsWith(w) && lower.length() > w.length());
    }

    boolean isKnownOrReadsAsUnit(String text) {
        return isKnown(text) || readsAsUnit(text);
    }
}
