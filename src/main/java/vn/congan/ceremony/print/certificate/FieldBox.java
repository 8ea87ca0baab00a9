package vn.congan.ceremony.print.certificate;

import java.awt.Color;
import java.util.Objects;
import vn.congan.ceremony.print.pdf.PdfFonts.Face;

/**
 * Where and how one field prints. Millimetres from the top-left corner of the sheet, as staff
 * measure a pre-printed blank with a ruler. The text starts at {@code size} points and shrinks
 * down to {@code minSize}; {@code pattern} wraps the value ("Số vào sổ: {}").
 */
public record FieldBox(FieldKey key, double x, double y, double width, double height, Face face, float size,
        float minSize, Alignment alignment, String colour, boolean underline, String pattern) {

    public static final String PLACEHOLDER = "{}";

    public FieldBox {
        Objects.requireNonNull(key);
        Objects.requireNonNull(face);
        Objects.requireNonNull(alignment);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A field box needs a positive size: " + key);
        }
        if (minSize <= 0 || minSize > size) {
            minSize = size;
        }
        colour = colour == null || colour.isBlank() ? "#000000" : colour.strip();
        pattern = pattern == null || !pattern.contains(PLACEHOLDER) ? PLACEHOLDER : pattern;
        parseColour(colour);
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

    /** Scaled by {@code factor} in place and in type size, to carry a design from A4 to A3. */
    public FieldBox scaled(double factor) {
        return new FieldBox(key, x * factor, y * factor, width * factor, height * factor, face,
                (float) (size * factor), (float) (minSize * factor), alignment, colour, underline, pattern);
    }

    /** The printed text: the pattern around the value, or empty when there is no value. */
    public String text(CertificateData data) {
        String value = key.value(data);
        return value.isEmpty() ? "" : pattern.replace(PLACEHOLDER, value);
    }

    public Color awtColour() {
        return parseColour(colour);
    }

    private static Color parseColour(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("Colour must be #RRGGBB: " + hex);
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
