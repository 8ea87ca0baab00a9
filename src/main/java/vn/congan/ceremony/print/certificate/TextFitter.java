package vn.congan.ceremony.print.certificate;

import java.util.Arrays;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import vn.congan.ceremony.common.text.TitleLines;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfRendering;

/**
 * Fits text into a box: wraps at spaces, and when the wrapped lines are too many or a word is too
 * wide, shrinks the type by half a point at a time down to the box's minimum size. Lines are then
 * balanced, so that a long name does not leave one word alone on its last line.
 *
 * <p>Each word is measured once, in font units (1/1000 em); every size and width after that is
 * arithmetic, which keeps a thousand certificates fast.
 */
public final class TextFitter {

    /** Line height as a multiple of the type size. */
    public static final float LEADING = 1.2f;
    private static final float STEP = 0.5f;
    /** Rounding slack in points, so that a box made exactly to measure still fits. */
    private static final float SLACK = 0.01f;

    private TextFitter() {
    }

    /**
     * Names and titles, which a clerk reads in phrases: when they wrap, they break between phrases
     * ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao," / "Công an tỉnh Bình
     * An"), never inside a unit's or a title's words ({@link TitleLines}).
     */
    private static final Set<FieldKey> PHRASED = EnumSet.of(FieldKey.AUTHORITY, FieldKey.RECIPIENT,
            FieldKey.RECIPIENT_DETAIL);

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

    public static FittedText fit(FieldBox box, String text) {
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
        float width = PdfRendering.mm(box.width());
        float height = PdfRendering.mm(box.height());
        if (PHRASED.contains(box.key()) && paragraphs.size() == 1) {
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
