package vn.congan.ceremony.common.pdf;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import com.lowagie.text.pdf.BaseFont;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.text.TitleLines;
import vn.congan.ceremony.common.text.VietText;

/**
 * The one text-fitting module of the portal's PDFs (certificates, seating charts, name cards).
 *
 * <p>Lines of fixed width ({@link #fit}, {@link #wrap}, {@link #wrapOrShorten}, for charts): as a
 * last resort text is shortened with an ellipsis ("…") rather than let the PDF drop or overflow
 * it; the width of a string is measured by the caller (e.g. {@code s -> font.getWidthPoint(s, size)});
 * the text is NFC-normalised and only cut between whole characters (grapheme clusters), never
 * inside a Vietnamese letter with its marks.
 *
 * <p>Boxes ({@link #inBox}, certificates): text wraps and shrinks to fit, never cut; each word
 * is measured once, in font units (1/1000 em, {@link PdfFonts#units}), and every size and width
 * after that is arithmetic, which keeps a thousand certificates fast. One line at the largest
 * size that fits ({@link #oneLine}, name cards).
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

    // --- fitting into a box, in font units (certificates) ------------------------------------

    /** Line height as a multiple of the type size. */
    public static final float LEADING = 1.2f;
    private static final float STEP = 0.5f;
    /** Rounding slack in points, so that a box made exactly to measure still fits. */
    private static final float SLACK = 0.01f;

    /**
     * {@code text} broken between phrases at {@code size}, or null when those lines do not fit the
     * box or break worse than {@code allowed}.
     */
    private static FittedText phrased(Face face, Phrased text, float width, float height, float size,
            TitleLines.Breaks allowed) {
        // lines that each fit hold at most their width: fewer than this many cannot hold the text
        float maxUnits = (width + SLACK) * 1000f / size * (1 + 1e-4f);
        int minLines = (int) Math.ceil((text.units + text.space) / (maxUnits + text.space));
        if (minLines * size * LEADING > height + SLACK + 1e-3f) {
            return null;
        }
        List<String> lines = text.splits.computeIfAbsent(size,
                s -> TitleLines.split(text.text, width, t -> PdfFonts.widthPoint(face, t, s)));
        if (TitleLines.breaks(lines).compareTo(allowed) > 0) {
            return null;
        }
        List<Float> widths = new ArrayList<>(lines.size());
        for (String line : lines) {
            float w = PdfFonts.widthPoint(face, line, size);
            if (w > width + SLACK) {
                return null;
            }
            widths.add(w);
        }
        if (lines.size() * size * LEADING > height + SLACK) {
            return null;
        }
        return new FittedText(lines, widths, size, size * LEADING, true);
    }

    /**
     * A name read in phrases, measured once; its lines at each size are kept, since both kinds of
     * break allowed try the same sizes.
     */
    private static final class Phrased {
        final String text;
        final int units;
        final int space;
        final Map<Float, List<String>> splits = new HashMap<>();

        Phrased(Face face, String text) {
            String cleaned = VietText.clean(text);
            this.text = text;
            this.units = cleaned == null ? 0 : PdfFonts.units(face, cleaned);
            this.space = PdfFonts.units(face, " ");
        }
    }

    /** The words of one forced line, with their widths in font units. */
    private record Paragraph(String[] words, int[] units) {
    }

    /**
     * A box to fit text into: its face, width and height in points, the type size to start at and
     * the smallest it may shrink to; {@code phrased} for names and titles, which a clerk reads in
     * phrases: when they wrap, they break between phrases ("Phòng An ninh mạng và phòng, chống tội
     * phạm sử dụng công nghệ cao," / "Công an tỉnh Bình An"), never inside a unit's or a title's
     * words ({@link TitleLines}).
     */
    public record Box(Face face, float width, float height, float size, float minSize, boolean phrased) {
    }

    /**
     * {@code text} in {@code box}: wrapped at spaces (each "\n" starts a line), and when the
     * lines are too many or a word is too wide, the type shrinks by half a point at a time down
     * to the box's minimum size; lines are then balanced, so that a long name does not leave one
     * word alone on its last line. What does not fit even at the minimum size is laid out at that
     * size with {@code fits} false (never cut: the caller reports it).
     */
    public static FittedText inBox(Box box, String text) {
        Face face = box.face();
        int space = PdfFonts.units(face, " ");
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] words = line.strip().split(" +");
            int[] units = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                units[i] = PdfFonts.units(face, words[i]);
            }
            paragraphs.add(new Paragraph(words, units));
        }
        float width = box.width();
        float height = box.height();
        if (box.phrased() && paragraphs.size() == 1) {
            // a smaller size is better than a name broken inside a phrase, and that better than inside its words
            Phrased phrasedText = new Phrased(face, text.strip());
            for (TitleLines.Breaks allowed : List.of(TitleLines.Breaks.PHRASES, TitleLines.Breaks.INSIDE_PHRASE)) {
                for (float size = box.size(); size >= box.minSize() - SLACK; size -= STEP) {
                    FittedText phrased = phrased(face, phrasedText, width, height, size, allowed);
                    if (phrased != null) {
                        return phrased;
                    }
                }
            }
        }
        for (float size = box.size(); size >= box.minSize() - SLACK; size -= STEP) {
            float maxUnits = (width + SLACK) * 1000f / size;
            List<int[]> lines = wrap(paragraphs, space, maxUnits);
            if (lines != null && lines.size() * size * LEADING <= height + SLACK) {
                return result(paragraphs, space, balance(paragraphs, space, maxUnits, lines), size, true);
            }
        }
        float size = box.minSize();
        List<int[]> lines = wrap(paragraphs, space, (width + SLACK) * 1000f / size);
        if (lines == null) {
            lines = wrap(paragraphs, space, Float.MAX_VALUE);
        }
        return result(paragraphs, space, lines, size, false);
    }

    /**
     * One line of {@code text} in {@code face} within {@code maxWidth} points: the largest whole
     * size from {@code size} down to {@code minSize} at which it fits; at {@code minSize}, when
     * even that is too wide, the text shortened with "…" ({@link #fit}). Never wider than the line.
     */
    public static FittedText oneLine(Face face, String text, float maxWidth, float size, float minSize) {
        BaseFont font = PdfFonts.base(face);
        float chosen = size;
        while (chosen > minSize && font.getWidthPoint(text, chosen) > maxWidth) {
            chosen -= 1;
        }
        float at = chosen;
        boolean fits = font.getWidthPoint(text, at) <= maxWidth;
        String shown = fits ? text : fit(text, t -> font.getWidthPoint(t, at), maxWidth);
        return new FittedText(List.of(shown), List.of(font.getWidthPoint(shown, at)), at, at * LEADING, fits);
    }

    /**
     * Greedy wrap; each line is {paragraph, first word, end word, width in units}. Null when a
     * single word is wider than {@code maxUnits}.
     */
    private static List<int[]> wrap(List<Paragraph> paragraphs, int space, float maxUnits) {
        List<int[]> lines = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            int[] units = paragraphs.get(p).units();
            int start = 0;
            int lineUnits = 0;
            for (int i = 0; i < units.length; i++) {
                if (units[i] > maxUnits) {
                    return null;
                }
                int candidate = i == start ? units[i] : lineUnits + space + units[i];
                if (candidate <= maxUnits) {
                    lineUnits = candidate;
                } else {
                    lines.add(new int[] {p, start, i, lineUnits});
                    start = i;
                    lineUnits = units[i];
                }
            }
            lines.add(new int[] {p, start, units.length, lineUnits});
        }
        return lines;
    }

    /** The narrowest width that still wraps into as many lines: lines of even length. */
    private static List<int[]> balance(List<Paragraph> paragraphs, int space, float maxUnits, List<int[]> greedy) {
        if (greedy.size() < 2 || paragraphs.size() > 1) {
            return greedy;
        }
        float low = maxUnits / greedy.size();
        float high = maxUnits;
        List<int[]> best = greedy;
        for (int i = 0; i < 12; i++) {
            float mid = (low + high) / 2;
            List<int[]> lines = wrap(paragraphs, space, mid);
            if (lines != null && lines.size() == greedy.size()) {
                best = lines;
                high = mid;
            } else {
                low = mid;
            }
        }
        return best;
    }

    private static FittedText result(List<Paragraph> paragraphs, int space, List<int[]> lines, float size,
            boolean fits) {
        List<String> texts = new ArrayList<>(lines.size());
        List<Float> widths = new ArrayList<>(lines.size());
        for (int[] line : lines) {
            String[] words = paragraphs.get(line[0]).words();
            texts.add(String.join(" ", Arrays.copyOfRange(words, line[1], line[2])));
            widths.add(line[3] * size / 1000f);
        }
        return new FittedText(texts, widths, size, size * LEADING, fits);
    }
}
