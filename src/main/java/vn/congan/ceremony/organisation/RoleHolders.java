package vn.congan.ceremony.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.congan.ceremony.common.text.VietText;

/**
 * Who holds a role named in words ("Chánh Văn phòng Công an tỉnh"), so that a script names the
 * person, with rank and name, and not only the role. A role is held by the person whose position
 * reads as the role, alone ("Giám đốc Công an tỉnh") or joined to the unit's name, where the
 * position's last words and the unit's first words are the same ("Chánh Văn phòng" of "Văn phòng
 * Công an tỉnh"; "Trưởng phòng" of "Phòng Cảnh sát hình sự"). Plain Java.
 */
public final class RoleHolders {

    private RoleHolders() {
    }

    /** The one person among {@code people} who holds {@code role}; empty when none or several do. */
    public static Optional<Person> holder(String role, List<Person> people) {
        return index(people).holder(role);
    }

    /** Who holds which role among {@code people}. */
    public static Index<Person> index(List<Person> people) {
        return new Index<>(people, Person::getPosition, p -> p.getUnit() == null ? null : p.getUnit().getName());
    }

    /**
     * Who holds which role among a list of people (or of what stands for them), judged once for
     * every role asked afterwards (an MC script asks for several roles among the department's
     * thousands of people).
     */
    public static final class Index<T> {

        private final Map<String, List<T>> byRole = new HashMap<>();

        /** {@code position} and {@code unitName} read each one's position and unit's name (either may be null). */
        public Index(List<T> people, Function<T, String> position, Function<T, String> unitName) {
            // Many people share a position in the same unit (and folding is costly): judge each pair once.
            Map<List<String>, List<String>> judged = new HashMap<>();
            for (T p : people) {
                List<String> key = Arrays.asList(position.apply(p), unitName.apply(p));
                for (String role : judged.computeIfAbsent(key, k -> rolesHeld(k.get(0), k.get(1)))) {
                    byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(p);
                }
            }
        }

        /** The one person who holds {@code role}; empty when none or several do. */
        public Optional<T> holder(String role) {
            String wanted = VietText.fold(role);
            List<T> found = wanted.isEmpty() ? List.of() : byRole.getOrDefault(wanted, List.of());
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
    }

    /** The roles, folded, that a position reads as: alone, and joined to the unit's name. */
    private static List<String> rolesHeld(String personPosition, String unitName) {
        String position = VietText.cleanToNull(personPosition);
        if (position == null) {
            return List.of();
        }
        String alone = VietText.fold(position);
        if (unitName == null) {
            return List.of(alone);
        }
        String joined = VietText.fold(fullTitle(position, unitName));
        return joined.equals(alone) ? List.of(alone) : List.of(alone, joined);
    }

    /**
     * "Chánh Văn phòng" in "Văn phòng Công an tỉnh": "Chánh Văn phòng Công an tỉnh"; the words the
     * position ends with and the unit begins with are said once.
     */
    public static String fullTitle(String position, String unitName) {
        String[] p = VietText.clean(position).split(" ");
        String[] u = VietText.clean(unitName).split(" ");
        for (int overlap = Math.min(p.length, u.length); overlap > 0; overlap--) {
            boolean same = true;
            for (int i = 0; i < overlap && same; i++) {
                same = VietText.fold(p[p.length - overlap + i]).equals(VietText.fold(u[i]));
            }
            if (same) {
                return (String.join(" ", p) + " " + String.join(" ", Arrays.copyOfRange(u, overlap, u.length))).strip();
            }
        }
        return String.join(" ", p) + " " + String.join(" ", u);
    }
}
