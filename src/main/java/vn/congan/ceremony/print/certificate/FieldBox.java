package vn.congan.ceremony.print.certificate;

import java.awt.Color;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.congan.ceremony.common.pdf.FittedText;
import vn.congan.ceremony.common.pdf.PdfRendering;
import vn.congan.ceremony.common.pdf.TextFit;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;

/**
 * Where and how one field prints. Millimetres from the top-left corner of the sheet, as staff
 * measure a pre-printed blank with a ruler. The text starts at {@code size} points and shrinks
 * down to {@code minSize}; {@code pattern} wraps the value ("Số vào sổ: {}").
 *
 * <p>A box the renderer could not draw honestly is refused with {@link InvalidFieldBoxException}
 * (a message naming the field): no width or height, a type size outside
 * {@value #MIN_SIZE}-{@value #MAX_SIZE} pt (0 pt would print nothing and still "fit"), a smallest
 * size below {@value #MIN_SIZE} pt or above the size, a colour that is not #RRGGBB.
 */
public record FieldBox(FieldKey key, double x, double y, double width, double height, Face face, float size,
        float minSize, Alignment alignment, String colour, boolean underline, String pattern) {

    public static final String PLACEHOLDER = "{}";
    /** The smallest type size a box may use, in points: below it a certificate is not legible. */
    public static final float MIN_SIZE = 4f;
    /** The largest type size, in points: a title across an A3 sheet stays well under it. */
    public static final float MAX_SIZE = 200f;

    public FieldBox {
        Objects.requireNonNull(key);
        Objects.requireNonNull(face);
        Objects.requireNonNull(alignment);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new InvalidFieldBoxException("print.template.error.outside", key);
        }
        if (!(width > 0 && height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new InvalidFieldBoxException("print.template.error.boxSize", key);
        }
        if (!(size >= MIN_SIZE && size <= MAX_SIZE)) {
            throw new InvalidFieldBoxException("print.template.error.size", key, MIN_SIZE, MAX_SIZE);
        }
        if (!(minSize >= MIN_SIZE && minSize <= size)) {
            throw new InvalidFieldBoxException("print.template.error.minSize", key, MIN_SIZE, size);
        }
        colour = colour == null || colour.isBlank() ? "#000000" : colour.strip();
        pattern = pattern == null || !pattern.contains(PLACEHOLDER) ? PLACEHOLDER : pattern;
        if (!isColour(colour)) {
            throw new InvalidFieldBoxException("print.template.error.colour", key, colour);
        }
    }

    /** A box with black text, no underline and the bare value. */
    public static FieldBox of(FieldKey key, double x, double y, double width, double height, Face face, float size,
            float minSize, Alignment alignment) {
        return new FieldBox(key, x, y, width, height, face, size, minSize, alignment, "#000000", false, PLACEHOLDER);
    }

    public FieldBox withColour(String hex) {
        return new FieldBox(key, x, y, width, height, face, size, minSize, alignment, hex, underline, pattern);
    }

    public FieldBox withUnderline() {
        return new FieldBox(key, x, y, width, height, face, size, minSize, alignment, colour, true, pattern);
    }

    public FieldBox withPattern(String text) {
        return new FieldBox(key, x, y, width, height, face, size, minSize, alignment, colour, underline, text);
    }

    /**
     * Scaled by {@code factor} in place and in type size, to carry a design from A4 to A3; the type
     * sizes stay within {@value #MIN_SIZE}-{@value #MAX_SIZE} pt on a very small or very large sheet.
     */
    public FieldBox scaled(double factor) {
        float scaledSize = clampSize(size * factor, MAX_SIZE);
        return new FieldBox(key, x * factor, y * factor, width * factor, height * factor, face, scaledSize,
                clampSize(minSize * factor, scaledSize), alignment, colour, underline, pattern);
    }

    /** {@code size} brought within {@value #MIN_SIZE} pt and {@code max}. */
    public static float clampSize(double size, double max) {
        return (float) Math.max(MIN_SIZE, Math.min(max, size));
    }

    /** Names and titles, which a clerk reads in phrases: they wrap between phrases ({@link TextFit.Box}). */
    private static final Set<FieldKey> PHRASED = EnumSet.of(FieldKey.AUTHORITY, FieldKey.RECIPIENT,
            FieldKey.RECIPIENT_DETAIL);

    /** {@code text} fitted into this box ({@link TextFit#inBox}). */
    public FittedText fit(String text) {
        return TextFit.inBox(new TextFit.Box(face, PdfRendering.mm(width), PdfRendering.mm(height), size, minSize,
                PHRASED.contains(key)), text);
    }

    /** The printed text: the pattern around the value, or empty when there is no value. */
    public String text(CertificateData data) {
        String value = key.value(data);
        return value.isEmpty() ? "" : pattern.replace(PLACEHOLDER, value);
    }

    public Color awtColour() {
        return parseColour(colour);
    }

    /** "#B8141B": what a box accepts as its colour. */
    public static boolean isColour(String hex) {
        return hex != null && hex.matches("#[0-9a-fA-F]{6}");
    }

    private static Color parseColour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
