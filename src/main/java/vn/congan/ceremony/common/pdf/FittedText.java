package vn.congan.ceremony.common.pdf;

import java.util.List;

/**
 * A field's text laid out in its box: the lines with their widths in points, the type size chosen
 * and whether it fits. When it does not fit even at the minimum size, it is still printed at that
 * size (never cut) and the sheet is reported before printing.
 */
public record FittedText(List<String> lines, List<Float> widths, float size, float leading, boolean fits) {

    public FittedText {
        lines = List.copyOf(lines);
        widths = List.copyOf(widths);
    }
}
