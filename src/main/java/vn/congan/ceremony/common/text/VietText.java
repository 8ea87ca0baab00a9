package vn.congan.ceremony.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Clean-up rules for every piece of Vietnamese text that enters the portal.
 * Text arrives precomposed (NFC) and decomposed (NFD), with stray and non-breaking
 * spaces; everything is stored NFC, trimmed, with inner whitespace collapsed, so that
 * search, sort and duplicate detection agree.
 */
public final class VietText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private VietText() {
    }

    /** NFC, trimmed, inner whitespace collapsed to one space; {@code null} stays {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").trim();
    }

    /** Like {@link #clean(String)}, but blank text becomes {@code null}. */
    public static String cleanToNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * A key for search and loose matching: lower case, without tone and vowel marks,
     * "đ" as "d". "Nguyễn Thị Hùng" and "nguyen  thi HUNG" give the same key.
     */
    public static String fold(String text) {
        String cleaned = clean(text);
        if (cleaned == null) {
            return "";
        }
        String lower = cleaned.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("");
    }

    /** Upper case as Vietnamese documents print it ("Công an tỉnh" → "CÔNG AN TỈNH"). */
    public static String upper(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.forLanguageTag("vi"));
    }

    /** True when every folded word of {@code query} occurs in the folded {@code text}. */
    public static boolean matches(String text, String query) {
        String folded = fold(text);
        for (String word : fold(query).split(" ")) {
            if (!word.isEmpty() && !folded.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
