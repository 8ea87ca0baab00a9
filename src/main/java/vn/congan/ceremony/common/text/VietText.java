package vn.congan.ceremony.common.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Clean-up rules for every piece of Vietnamese text that enters the portal.
 * Text arrives precomposed (NFC) and decomposed (NFD), with stray and non-breaking
 * spaces; everything is stored NFC, trimmed, with inner whitespace collapsed, so that
 * search, sort and duplicate detection agree.
 *
 * <p>Characters nobody can see, or that change how the text around them is shown, are removed:
 * control characters (BEL, ESC, DEL, C1), bidirectional controls (U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069, U+061C), zero-width and other format characters (U+200B–U+200D, U+2060, U+FEFF,
 * U+00AD), unassigned and private-use code points, lone surrogates, and a combining mark with no
 * letter before it. They are removed <em>without</em> a space: the text then reads exactly as it
 * looked on screen ("Nguyễn", U+202E, "Văn" showed as "NguyễnVăn"). Whitespace (tab, line breaks, the
 * Unicode spaces) becomes one space, as before. NFC is applied before and after the removal, so
 * Vietnamese written decomposed keeps every tone mark, and a mark split from its letter by a
 * removed character is put back on it.
 */
public final class VietText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** What happens to line breaks. */
    private enum Lines {
        /** A line break is a space; the text is one trimmed line. */
        JOIN,
        /** Line breaks stay (CR LF and CR become LF, at most one blank line); each line is trimmed. */
        KEEP,
        /** Only hidden characters go; whitespace stays exactly as it was. */
        UNTOUCHED
    }

    private VietText() {
    }

    /**
     * NFC, hidden characters removed, trimmed, inner whitespace (line breaks included) collapsed to
     * one space; {@code null} stays {@code null}.
     */
    public static String clean(String text) {
        return text == null ? null : sanitize(text, Lines.JOIN, null);
    }

    /** Like {@link #clean(String)}, but blank text becomes {@code null}. */
    public static String cleanToNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * {@link #clean(String)} and what it removed, for a preview that tells the organizer which
     * hidden characters a cell held. {@code null} gives an empty text.
     */
    public static CleanedText cleanReport(String text) {
        if (text == null) {
            return new CleanedText("", List.of());
        }
        List<HiddenCharacter> removed = new ArrayList<>(0);
        return new CleanedText(sanitize(text, Lines.JOIN, removed), removed);
    }

    /**
     * For text whose line breaks matter (notes typed in a text area): like {@link #clean(String)}
     * but every line break is kept as "\n" (at most one blank line in a row), each line trimmed
     * and its spaces collapsed; blank text becomes {@code null}.
     */
    public static String cleanMultiline(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = sanitize(text, Lines.KEEP, null);
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Only the hidden characters removed (and NFC): spaces, tabs and line breaks stay as they are.
     * The last line of defence for stored text that no other rule cleaned.
     */
    public static String removeHidden(String text) {
        return text == null ? null : sanitize(text, Lines.UNTOUCHED, null);
    }

    /**
     * True when {@code text} holds a hidden character: a control (other than whitespace), format,
     * unassigned, private-use or lone surrogate code point. (A stray combining mark is not counted.)
     */
    public static boolean hasHidden(String text) {
        return text != null && text.codePoints().anyMatch(VietText::isHidden);
    }

    /**
     * One pass over the code points of the NFC text. {@code removed}, when given, collects each
     * removed character once.
     */
    private static String sanitize(String text, Lines lines, List<HiddenCharacter> removed) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        int pendingBreaks = 0;
        boolean anyRemoved = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (lines == Lines.UNTOUCHED && isSpace(cp)) {
                sb.appendCodePoint(cp);
                continue;
            }
            if (lines == Lines.KEEP && isLineBreak(cp)) {
                if (cp == '\r' && i < nfc.length() && nfc.charAt(i) == '\n') {
                    i++;
                }
                if (sb.length() > 0) {
                    pendingBreaks++;
                    pendingSpace = false;
                }
                continue;
            }
            if (isSpace(cp)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            boolean atStart = sb.length() == 0 || pendingSpace || pendingBreaks > 0
                    || lines == Lines.UNTOUCHED && isSpace(sb.codePointBefore(sb.length()));
            if (isHidden(cp) || atStart && isMark(cp)) {
                anyRemoved = true;
                if (removed != null && removed.stream().noneMatch(h -> h.codePoint() == cp)) {
                    removed.add(new HiddenCharacter(cp));
                }
                continue;
            }
            if (pendingBreaks > 0) {
                sb.append(pendingBreaks > 1 ? "\n\n" : "\n");
            } else if (pendingSpace) {
                sb.append(' ');
            }
            pendingBreaks = 0;
            pendingSpace = false;
            sb.appendCodePoint(cp);
        }
        String result = sb.toString();
        // a mark that followed a removed character now follows its letter again: compose them
        return anyRemoved ? Normalizer.normalize(result, Normalizer.Form.NFC) : result;
    }

    /** Tab, line breaks, the C0 separators, NEL and every Unicode space (no-break spaces included). */
    private static boolean isSpace(int cp) {
        if (cp <= 0x20) {
            return cp == ' ' || cp >= 0x09 && cp <= 0x0D || cp >= 0x1C && cp <= 0x1F;
        }
        if (cp == 0x85) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /**
     * Controls (other than the whitespace ones), format characters (bidirectional controls,
     * zero-width characters, the soft hyphen, ...), unassigned and private-use code points and
     * lone surrogates.
     */
    private static boolean isHidden(int cp) {
        if (cp < 0x7F) {
            return cp < 0x20 && !isSpace(cp);
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL -> cp != 0x85;
            case Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
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
