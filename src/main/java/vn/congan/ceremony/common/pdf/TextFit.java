package vn.congan.ceremony.common.pdf;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Fitting text into a box of fixed width, as a last resort by shortening it with an ellipsis
 * ("…") rather than letting the PDF drop or overflow it. Plain functions: the width of a
 * string is measured by the caller (e.g. {@code s -> font.getWidthPoint(s, size)}). The text
 * is NFC-normalised and only cut between whole characters (grapheme clusters), never inside a
 * Vietnamese letter with its marks.
 */
public final class TextFit {

    public static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /** {@code text} when it fits {@code maxWidth}; otherwise its longest prefix that fits with "…" after it. */
    public static String fit(String text, ToDoubleFunction<String> width, double maxWidth) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (width.applyAsDouble(nfc) <= maxWidth) {
            return nfc;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(nfc);
        String best = ELLIPSIS;
        for (int end = characters.next(); end != BreakIterator.DONE && end < nfc.length(); end = characters.next()) {
            String candidate = nfc.substring(0, end).stripTrailing() + ELLIPSIS;
            if (width.applyAsDouble(candidate) > maxWidth) {
                break;
            }
            best = candidate;
        }
        return best;
    }

    /**
     * {@code text} broken at spaces into at most {@code maxLines} lines of at most {@code maxWidth};
     * empty when it does not fit that way (a word wider than a line, or too many lines).
     */
    public static List<String> wrap(String text, ToDoubleFunction<String> width, double maxWidth, int maxLines) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        List<String> lines = new ArrayList<>();
        String line = null;
        for (String word : nfc.split("\\s+")) {
            String longer = line == null ? word : line + " " + word;
            if (width.applyAsDouble(longer) <= maxWidth) {
                line = longer;
                continue;
            }
            if (line == null || width.applyAsDouble(word) > maxWidth) {
                return List.of();
            }
            lines.add(line);
            line = word;
        }
        if (line != null) {
            lines.add(line);
        }
        return lines.size() <= maxLines ? lines : List.of();
    }

    /**
     * As {@link #wrap}, but never fails: what does not fit goes on the last line, shortened with
     * "…" ({@link #fit}). The lines joined by spaces are the text or a prefix of it plus "…".
     */
    public static List<String> wrapOrShorten(String text, ToDoubleFunction<String> width, double maxWidth,
            int maxLines) {
        List<String> wrapped = wrap(text, width, maxWidth, maxLines);
        if (!wrapped.isEmpty() || text.isBlank()) {
            return wrapped;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        String[] words = nfc.split("\\s+");
        List<String> lines = new ArrayList<>();
        int next = 0;
        // whole words on every line but the last while they fit
        while (lines.size() < Math.max(1, maxLines) - 1 && next < words.length) {
            String line = null;
            while (next < words.length) {
                String longer = line == null ? words[next] : line + " " + words[next];
                if (width.applyAsDouble(longer) > maxWidth) {
                    break;
                }
                line = longer;
                next++;
            }
            if (line == null) {
                break; // a word wider than the line: it goes, shortened, on the last line
            }
            lines.add(line);
        }
        String rest = String.join(" ", Arrays.copyOfRange(words, next, words.length));
        if (!rest.isEmpty()) {
            lines.add(fit(rest, width, maxWidth));
        }
        return lines;
    }
}
