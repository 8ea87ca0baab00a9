package vn.congan.ceremony.print.certificate;

import java.util.List;

/**
 * A field's text laid out in its box: the lines, the type size chosen and whether it fits.
 * When it does not fit even at the minimum size, it is still printed at that size (never cut)
 * and the sheet is reported before printing.
 */
public record FittedText(List<String> lines, float size, float leading, boolean fits) {

    public FittedText {
        lines = List.copyOf(lines);
    }
}
