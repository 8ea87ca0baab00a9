package vn.congan.ceremony.common.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê ... with unmarked letters before
 * their toned forms), which Java's String order gets wrong. ICU's Collator is not
 * thread-safe, so each comparison runs on a frozen instance.
 */
public final class VietnameseCollation {

    private static final Collator COLLATOR;

    static {
        Collator collator = Collator.getInstance(new ULocale("vi"));
        collator.setStrength(Collator.TERTIARY);
        COLLATOR = collator.freeze();
    }

    private VietnameseCollation() {
    }

    /** Compares two texts in Vietnamese order after NFC clean-up; {@code null} sorts last. */
    public static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return COLLATOR.compare(VietText.clean(a), VietText.clean(b));
    }

    public static Comparator<String> comparator() {
        return VietnameseCollation::compare;
    }
}
