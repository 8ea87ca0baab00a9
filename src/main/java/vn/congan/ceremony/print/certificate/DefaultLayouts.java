package vn.congan.ceremony.print.certificate;

import static vn.congan.ceremony.print.certificate.Alignment.CENTER;
import static vn.congan.ceremony.print.certificate.Alignment.LEFT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;

/**
 * The portal's default certificate designs, drawn for A4 landscape (297 x 210 mm) and scaled to
 * any other sheet (A3 landscape is exactly 1.414 times larger), centred when the proportions differ.
 */
public final class DefaultLayouts {

    public static final double A4_LONG = 297;
    public static final double A4_SHORT = 210;
    /** What a pre-printed blank leaves to the printer: everything but the fixed text. */
    public static final Set<FieldKey> VARIABLE = EnumSet.complementOf(
            EnumSet.of(FieldKey.NATIONAL_NAME, FieldKey.MOTTO, FieldKey.GIVES, FieldKey.TITLE));
    private static final String RED = "#B8141B";
    private static final String NAVY = "#102A72";

    private DefaultLayouts() {
    }

    public static CertificateLayout of(String name, double widthMm, double heightMm, CertificateMode mode) {
        double factor = Math.min(widthMm / A4_LONG, heightMm / A4_SHORT);
        double offsetX = (widthMm - A4_LONG * factor) / 2;
        double offsetY = (heightMm - A4_SHORT * factor) / 2;
        List<FieldBox> fields = new ArrayList<>();
        for (FieldBox box : a4Full()) {
            if (mode == CertificateMode.FULL || VARIABLE.contains(box.key())) {
                FieldBox scaled = box.scaled(factor);
                FieldBox moved = new FieldBox(scaled.key(), round(scaled.x() + offsetX), round(scaled.y() + offsetY),
                        round(scaled.width()), round(scaled.height()), scaled.face(), round(scaled.size()),
                        round(scaled.minSize()), scaled.alignment(),
                        mode == CertificateMode.FULL ? scaled.colour() : "#000000", scaled.underline(),
                        scaled.pattern());
                fields.add(moved);
            }
        }
        return new CertificateLayout(name, widthMm, heightMm, mode, fields);
    }

    /** The A4 landscape design, top to bottom, inside the frame's inner rule at 15 mm. */
    static List<FieldBox> a4Full() {
        return List.of(
                FieldBox.of(FieldKey.NATIONAL_NAME, 20, 22, 257, 7, Face.SERIF_BOLD, 13, 11, CENTER),
                FieldBox.of(FieldKey.MOTTO, 20, 29, 257, 7, Face.SERIF_BOLD, 14, 11, CENTER).withUnderline(),
                FieldBox.of(FieldKey.AUTHORITY, 25, 41, 247, 9, Face.SERIF_BOLD, 16, 11, CENTER),
                FieldBox.of(FieldKey.GIVES, 25, 50, 247, 8, Face.SERIF_BOLD, 15, 12, CENTER),
                FieldBox.of(FieldKey.TITLE, 25, 58, 247, 21, Face.TITLE, 46, 28, CENTER).withColour(RED),
                FieldBox.of(FieldKey.RECIPIENT, 30, 81, 237, 14, Face.SERIF_BOLD, 21, 13, CENTER).withColour(NAVY),
                FieldBox.of(FieldKey.RECIPIENT_DETAIL, 30, 95, 237, 9, Face.SERIF_ITALIC, 14, 10, CENTER),
                FieldBox.of(FieldKey.ACHIEVEMENT, 35, 105, 227, 30, Face.SERIF_ITALIC, 15, 10, CENTER),
                FieldBox.of(FieldKey.DATE_LINE, 150, 140, 120, 7, Face.SERIF_ITALIC, 13, 10, CENTER),
                FieldBox.of(FieldKey.SIGNER_CAPACITY, 150, 147, 120, 12, Face.SERIF_BOLD, 13, 10, CENTER),
                FieldBox.of(FieldKey.SIGNER_NAME, 150, 178, 120, 8, Face.SERIF_BOLD, 14, 11, CENTER),
                FieldBox.of(FieldKey.DECISION, 28, 166, 110, 7, Face.SERIF, 12, 9, LEFT)
                        .withPattern("Quyết định số: " + FieldBox.PLACEHOLDER),
                FieldBox.of(FieldKey.REGISTER, 28, 173, 110, 7, Face.SERIF, 12, 9, LEFT)
                        .withPattern("Số vào sổ: " + FieldBox.PLACEHOLDER));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static float round(float value) {
        return Math.round(value * 2) / 2f;
    }
}
