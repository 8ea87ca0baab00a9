package vn.congan.ceremony.organisation;

import java.util.List;
import vn.congan.ceremony.common.text.VietText;

/**
 * How senior a position (chức vụ) is, for ordering people of the same unit and rank: the
 * heads of the department, of a unit and of a team before their deputies, then everyone
 * else. Read from the text as offices type it (any case, with or without diacritics).
 */
public final class PositionSeniority {

    /** Folded prefixes, most senior first; a deputy ("phó") is checked before the head's title. */
    private static final List<String> LADDER = List.of(
            "giam doc", "pho giam doc",
            "chanh van phong", "truong phong", "truong cong an", "pho chanh van phong", "pho truong phong",
            "pho truong cong an",
            "doi truong", "pho doi truong",
            "truong cong an xa", "truong cong an phuong", "truong", "pho");

    /** Positions that match no step of the ladder (and no position at all) come after all others. */
    public static final int UNKNOWN = LADDER.size();

    private PositionSeniority() {
    }

    /** 0 for the most senior; {@link #UNKNOWN} when the text names no leadership position. */
    public static int of(String position) {
        String folded = VietText.fold(position);
        if (folded.isEmpty()) {
            return UNKNOWN + 1;
        }
        int best = UNKNOWN;
        for (int i = 0; i < LADDER.size(); i++) {
            String step = LADDER.get(i);
            if (folded.equals(step) || folded.startsWith(step + " ")) {
                // the longest matching step wins: "pho giam doc" is not "giam doc"
                if (best == UNKNOWN || step.length() > LADDER.get(best).length()) {
                    best = i;
                }
            }
        }
        return best;
    }
}
