package vn.congan.ceremony.common.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê ... with unmarked letters before
 * their toned forms), which Java's String order gets wrong: ICU's CLDR "vi" collation.
 * The two tone placements of "oa", "oe" and "uy" at the end of a syllable ("Hòa"/"Hoà",
 * "Thủy"/"Thuỷ") are the same name written in two school styles, so they compare equal.
 * ICU's Collator is not thread-safe, so each comparison runs on a frozen instance.
 *
 * <p>Lists that page in the database cannot call a Java comparator, so they sort by a
 * {@linkplain #sortKey(String...) sort key}: ICU's collation key written as lower-case hex,
 * whose plain character order (the same under H2's and MariaDB's collations, since it holds
 * only 0-9 and a-f) is the collator's order.
 */
public final class VietnameseCollation {

    private static final Collator COLLATOR;

    /** "oà", "oé", "uỷ" (decomposed, tone on the second vowel, end of the syllable), not after "q". */
    private static final Pattern NEW_STYLE_TONE = Pattern.compile(
            "(?<![qQ])([oO][aAeE]|[uU][yY])([\\u0300\\u0301\\u0303\\u0309\\u0323])(?!\\p{L}|\\p{M})");

    static {
        Collator collator = Collator.getInstance(new ULocale("vi"));
        collator.setStrength(Collator.TERTIARY);
        COLLATOR = collator.freeze();
    }

    /** Longest sort key kept (hex characters); the database column holds this many. */
    public static final int MAX_KEY_LENGTH = 512;

    private VietnameseCollation() {
    }

    /** Compares two texts in Vietnamese order after NFC clean-up; {@code null} sorts last. */
    public static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return COLLATOR.compare(collationText(a), collationText(b));
    }

    public static Comparator<String> comparator() {
        return VietnameseCollation::compare;
    }

    /**
     * The sort key of {@code parts} compared one after the other, each in full (letters, then
     * tones, then case) before the next: for a name, given name, then family name, then middle
     * names. Each part's ICU key ends with a zero byte that occurs nowhere else in it, so the
     * joined keys compare part by part. Keys longer than {@link #MAX_KEY_LENGTH} are cut,
     * which only matters for texts of hundreds of letters that agree on their first hundred.
     */
    public static String sortKey(String... parts) {
        StringBuilder hex = new StringBuilder();
        for (String part : parts) {
            hex.append(HexFormat.of().formatHex(COLLATOR.getCollationKey(collationText(part)).toByteArray()));
        }
        return hex.length() > MAX_KEY_LENGTH ? hex.substring(0, MAX_KEY_LENGTH) : hex.toString();
    }

    /** The sort key of a person's name for alphabetical lists: given, family, middle. */
    public static String sortKey(PersonName name) {
        return sortKey(name.given(), name.family(), name.middle());
    }

    /** Cleaned NFC text with the tone of "oa", "oe", "uy" at a syllable's end on the first vowel. */
    static String collationText(String text) {
        String cleaned = VietText.clean(text);
        if (cleaned == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
        String oldStyle = NEW_STYLE_TONE.matcher(decomposed).replaceAll(match ->
                match.group(1).charAt(0) + match.group(2) + match.group(1).charAt(1));
        return Normalizer.normalize(oldStyle, Normalizer.Form.NFC);
    }
}
