package vn.congan.ceremony.common.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The TrueType faces every PDF of the portal uses: Liberation Serif (metric-compatible
 * with Times New Roman, full Vietnamese coverage), Liberation Sans and DejaVu Serif Bold for
 * certificate titles, embedded and
 * subset with IDENTITY_H. Never the 14 built-in PDF fonts: they have no ư, ơ, ạ.
 * Each face is read once per JVM and shared; BaseFont is safe to share across documents.
 */
public final class PdfFonts {

    public enum Face {
        SERIF("LiberationSerif-Regular.ttf"),
        SERIF_BOLD("LiberationSerif-Bold.ttf"),
        SERIF_ITALIC("LiberationSerif-Italic.ttf"),
        SERIF_BOLD_ITALIC("LiberationSerif-BoldItalic.ttf"),
        SANS("LiberationSans-Regular.ttf"),
        SANS_BOLD("LiberationSans-Bold.ttf"),
        /** DejaVu Serif Bold (Bitstream Vera licence, shipped under /fonts/): the heavy face of certificate titles. */
        TITLE("/fonts/", "DejaVuSerif-Bold.ttf");

        private final String folder;
        private final String file;

        Face(String file) {
            this("/liberation/", file);
        }

        Face(String folder, String file) {
            this.folder = folder;
            this.file = file;
        }

        public String file() {
            return file;
        }

        String resource() {
            return folder + file;
        }
    }

    private static final Map<Face, BaseFont> FONTS = new EnumMap<>(Face.class);
    /** Advance widths of the Basic Multilingual Plane per face, in font units, filled as letters are met (-1: not yet). */
    private static final Map<Face, int[]> WIDTHS = new EnumMap<>(Face.class);

    private PdfFonts() {
    }

    public static synchronized BaseFont base(Face face) {
        return FONTS.computeIfAbsent(face, PdfFonts::load);
    }

    /**
     * The width of {@code text} in font units (1/1000 em), as {@link BaseFont#getWidth(String)}
     * gives it, from a table: the certificate fitter measures the same letters millions of times
     * in a large print job, and the font's own lookup boxes every character.
     */
    public static int units(Face face, String text) {
        int[] table = widths(face);
        BaseFont font = null;
        int total = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isSurrogate(c)) {
                font = font == null ? base(face) : font;
                int cp = text.codePointAt(k);
                total += font.getWidth(cp);
                k += Character.charCount(cp) - 1;
                continue;
            }
            int w = table[c];
            if (w < 0) {
                font = font == null ? base(face) : font;
                w = font.getWidth(c);
                table[c] = w;
            }
            total += w;
        }
        return total;
    }

    /** As {@link BaseFont#getWidthPoint(String, float)}, the same float arithmetic, from the table. */
    public static float widthPoint(Face face, String text, float size) {
        return units(face, text) * 0.001f * size;
    }

    private static synchronized int[] widths(Face face) {
        return WIDTHS.computeIfAbsent(face, f -> {
            int[] table = new int[Character.MAX_VALUE + 1];
            Arrays.fill(table, -1);
            return table;
        });
    }

    public static Font font(Face face, float size) {
        return new Font(base(face), size);
    }

    public static Font font(Face face, float size, int style) {
        return new Font(base(face), size, style);
    }

    /** The characters of {@code text} the face has no glyph for; empty when all print. */
    public static String missingGlyphs(Face face, String text) {
        BaseFont font = base(face);
        StringBuilder missing = new StringBuilder();
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !font.charExists(cp))
                .distinct()
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    private static BaseFont load(Face face) {
        String resource = face.resource();
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(face.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
