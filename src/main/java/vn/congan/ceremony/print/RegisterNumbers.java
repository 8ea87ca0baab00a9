package vn.congan.ceremony.print;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congan.ceremony.award.Award;

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

    /** Numbers every award of one decision that has none yet, none of them taken; returns how many were given. */
    public static int assign(String decisionNumber, List<Award> awardsInListOrder) {
        return assign(decisionNumber, awardsInListOrder, Set.of());
    }

    /**
     * Numbers every award of one decision that has none yet, continuing the decision's count and
     * skipping {@code takenElsewhere} (numbers of other decisions' awards); returns how many were given.
     */
    public static int assign(String decisionNumber, List<Award> awardsInListOrder, Set<String> takenElsewhere) {
        String prefix = prefix(decisionNumber);
        Pattern own = Pattern.compile("(?:" + Pattern.quote(prefix) + "|" + Pattern.quote(formerPrefix(decisionNumber))
                + ")-(\\d+)");
        Set<String> taken = new HashSet<>(takenElsewhere);
        int last = 0;
        for (Award award : awardsInListOrder) {
            if (award.getRegisterNumber() != null) {
                taken.add(award.getRegisterNumber());
                Matcher m = own.matcher(award.getRegisterNumber());
                if (m.matches() && m.group(1).length() < 9) {
                    last = Math.max(last, Integer.parseInt(m.group(1)));
                }
            }
        }
        int given = 0;
        for (Award award : awardsInListOrder) {
            if (award.getRegisterNumber() == null) {
                String number;
                do {
                    number = String.format("%s-%03d", prefix, ++last);
                } while (taken.contains(number));
                taken.add(number);
                award.setRegisterNumber(number);
                given++;
            }
        }
        return given;
    }

    /** What every number given for {@code decisionNumber} starts with, to look up the ones already taken. */
    static String start(String decisionNumber) {
        return prefix(decisionNumber) + "-";
    }
}
