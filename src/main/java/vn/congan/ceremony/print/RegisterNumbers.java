package vn.congan.ceremony.print;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congan.ceremony.award.Award;

/**
 * Register numbers ("Số vào sổ"), given per decision on its first print and kept: the decision
 * number's leading part and a running number in list order, "1234-001". Numbers already present
 * (imported, or from an earlier print) are never changed; awards added later continue the count.
 */
public final class RegisterNumbers {

    private RegisterNumbers() {
    }

    /** "1234" for "1234/QĐ-CAT-PV01". */
    public static String prefix(String decisionNumber) {
        String head = decisionNumber.split("/", 2)[0].strip();
        return head.isEmpty() ? "SO" : head;
    }

    /** Numbers every award of one decision that has none yet; returns how many were given. */
    public static int assign(String decisionNumber, List<Award> awardsInListOrder) {
        String prefix = prefix(decisionNumber);
        Pattern own = Pattern.compile(Pattern.quote(prefix) + "-(\\d+)");
        int last = 0;
        for (Award award : awardsInListOrder) {
            if (award.getRegisterNumber() != null) {
                Matcher m = own.matcher(award.getRegisterNumber());
                if (m.matches()) {
                    last = Math.max(last, Integer.parseInt(m.group(1)));
                }
            }
        }
        int given = 0;
        for (Award award : awardsInListOrder) {
            if (award.getRegisterNumber() == null) {
                award.setRegisterNumber(String.format("%s-%03d", prefix, ++last));
                given++;
            }
        }
        return given;
    }
}
