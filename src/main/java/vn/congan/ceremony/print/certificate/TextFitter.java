package vn.congan.ceremony.print.certificate;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.print.pdf.PdfFonts;
import vn.congan.ceremony.print.pdf.PdfRendering;

/**
 * Fits text into a box: wraps at spaces, and when the wrapped lines are too many or a word is too
 * wide, shrinks the type by half a point at a time down to the box's minimum size.
 */
public final class TextFitter {

    /** Line height as a multiple of the type size. */
    public static final float LEADING = 1.2f;
    private static final float STEP = 0.5f;
    /** Rounding slack in points, so that a box made exactly to measure still fits. */
    private static final float SLACK = 0.01f;

    private TextFitter() {
    }

    public static FittedText fit(FieldBox box, String text) {
        BaseFont font = PdfFonts.base(box.face());
        float width = PdfRendering.mm(box.width());
        float height = PdfRendering.mm(box.height());
        for (float size = box.size(); size >= box.minSize() - SLACK; size -= STEP) {
            List<String> lines = wrap(font, size, width, text);
            if (lines != null && lines.size() * size * LEADING <= height + SLACK) {
                return new FittedText(balance(font, size, width, text, lines), size, size * LEADING, true);
            }
        }
        float size = box.minSize();
        List<String> lines = wrap(font, size, width, text);
        if (lines == null) {
            lines = List.of(text.split("\n"));
        }
        return new FittedText(lines, size, size * LEADING, false);
    }

    /**
     * The same number of lines, as even as possible: the narrowest width that still wraps into
     * as many lines, so that a long name does not leave one word alone on its last line.
     */
    static List<String> balance(BaseFont font, float size, float width, String text, List<String> greedy) {
        if (greedy.size() < 2 || text.contains("\n")) {
            return greedy;
        }
        float low = width / greedy.size();
        float high = width;
        List<String> best = greedy;
        for (int i = 0; i < 12; i++) {
            float mid = (low + high) / 2;
            List<String> lines = wrap(font, size, mid, text);
            if (lines != null && lines.size() == greedy.size()) {
                best = lines;
                high = mid;
            } else {
                low = mid;
            }
        }
        return best;
    }

    /** Greedy wrap at spaces; forced breaks at "\n"; null when a single word is wider than the box. */
    static List<String> wrap(BaseFont font, float size, float width, String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                if (font.getWidthPoint(word, size) > width + SLACK) {
                    return null;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getWidthPoint(candidate, size) <= width + SLACK) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
