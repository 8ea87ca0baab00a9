package vn.congan.ceremony.print;

import java.util.List;
import java.util.Locale;
import vn.congan.ceremony.award.RecipientListExport;
import vn.congan.ceremony.award.RecipientRow;

/** The register number an award takes on first print: its place in its decision's printed list (the appendix). */
public final class Appendices {

    private Appendices() {
    }

    public static String registerNumber(RecipientListExport lists, long decisionId, String decisionNumber,
            long awardId) {
        List<Long> appendix = lists.document(decisionId).recipients().stream().map(RecipientRow::awardId).toList();
        int place = appendix.indexOf(awardId);
        if (place < 0) {
            throw new IllegalArgumentException("award " + awardId + " is not on the list of " + decisionNumber);
        }
        return RegisterNumbers.prefix(decisionNumber) + String.format(Locale.ROOT, "-%03d", place + 1);
    }
}
