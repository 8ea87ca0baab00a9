package vn.congan.ceremony.print;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congan.ceremony.award.AwardRegisterNumber;

/**
 * Register numbers ("Số vào sổ"), given per decision on its first print and kept: the whole
 * decision number and a running number in list order, "1234/QĐ-CAT-PV01-001". Two decisions never
 * share a prefix (their numbers differ), and a number some other award already carries is skipped,
 * so no two certificates carry the same register number.
 *
 * <p>Numbers already present (imported, or from an earlier print) are never changed, including
 * those given before the prefix was the whole decision number ("1234-001"): awards added later
 * continue their count under the new prefix.
 */
public final class RegisterNumbers {

    /** What {@code award.register_number} holds. */
    static final int MAX_LENGTH = 50;
    /** Room left for "-" and the running number. */
    private static final int MAX_PREFIX = MAX_LENGTH - 8;

    private RegisterNumbers() {
    }

    /**
     * "1234/QĐ-CAT-PV01" for "1234/QĐ-CAT-PV01": the whole decision number, spaces collapsed, cut
     * to fit the column (uniqueness then rests on skipping the numbers already taken).
     */
    public static String prefix(String decisionNumber) {
        String whole = decisionNumber == null ? "" : decisionNumber.strip().replaceAll("\\s+", " ");
        if (whole.isEmpty()) {
            return "SO";
        }
        return whole.length() <= MAX_PREFIX ? whole : whole.substring(0, MAX_PREFIX).strip();
    }

    /** "1234" for "1234/QĐ-CAT-PV01": the prefix of numbers given before, shared by "1234/QĐ-CAT-PX05". */
    static String formerPrefix(String decisionNumber) {
        String head = decisionNumber == null ? "" : decisionNumber.split("/", 2)[0].strip();
        return head.isEmpty() ? "SO" : head;
    }

    /** The numbers to give the awards of one decision that have none yet (award id to number), none of them taken. */
    public static Map<Long, String> assign(String decisionNumber, List<AwardRegisterNumber> awardsInListOrder) {
        return assign(decisionNumber, awardsInListOrder, Set.of());
    }

    /**
     * The numbers to give the awards of one decision that have none yet (award id to number, in
     * list order), continuing the decision's count and skipping {@code takenElsewhere} (numbers
     * of other decisions' awards).
     */
    public static Map<Long, String> assign(String decisionNumber, List<AwardRegisterNumber> awardsInListOrder,
            Set<String> takenElsewhere) {
        String prefix = prefix(decisionNumber);
        Pattern own = Pattern.compile("(?:" + Pattern.quote(prefix) + "|" + Pattern.quote(formerPrefix(decisionNumber))
                + ")-(\\d+)");
        Set<String> taken = new HashSet<>(takenElsewhere);
        int last = 0;
        for (AwardRegisterNumber award : awardsInListOrder) {
            if (award.number() != null) {
                taken.add(award.number());
                Matcher m = own.matcher(award.number());
                if (m.matches() && m.group(1).length() < 9) {
                    last = Math.max(last, Integer.parseInt(m.group(1)));
                }
            }
        }
        Map<Long, String> given = new LinkedHashMap<>();
        for (AwardRegisterNumber award : awardsInListOrder) {
            if (award.number() == null) {
                String number;
                do {
                    number = String.format("%s-%03d", prefix, ++last);
                } while (taken.contains(number));
                taken.add(number);
                given.put(award.awardId(), number);
            }
        }
        return given;
    }

    /** What every number given for {@code decisionNumber} starts with, to look up the ones already taken. */
    static String start(String decisionNumber) {
        return prefix(decisionNumber) + "-";
    }
}
