package vn.congan.ceremony.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return new Index(people).holder(role);
    }

    /**
     * Who holds which role among a list of people, judged once for every role asked afterwards (an
     * MC script asks for several roles among the department's thousands of people).
     */
    public static final class Index {

        private final Map<String, List<Person>> byRole = new HashMap<>();

        public Index(List<Person> people) {
            // Many people share a position in the same unit (and folding is costly): judge each pair once.
            Map<List<String>, List<String>> judged = new HashMap<>();
            for (Person p : people) {
                List<String> key = Arrays.asList(p.getPosition(), p.getUnit() == null ? null : p.getUnit().getName());
                for (String role : judged.computeIfAbsent(key, k -> rolesHeld(p))) {
                    byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(p);
                }
            }
        }

        /** The one person who holds {@code role}; empty when none or several do. */
        public Optional<Person> holder(String role) {
            String wanted = VietText.fold(role);
            List<Person> found = wanted.isEmpty() ? List.of() : byRole.getOrDefault(wanted, List.of());
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
    }

    /** The roles, folded, that a person's position reads as: alone, and joined to the unit's name. */
    private static List<String> rolesHeld(Person person) {
        String position = VietText.cleanToNull(person.getPosition());
        if (position == null) {
            return List.of();
        }
        String alone = VietText.fold(position);
        if (person.getUnit() == null) {
            return List.of(alone);
        }
        String joined = VietText.fold(fullTitle(position, person.getUnit().getName()));
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
