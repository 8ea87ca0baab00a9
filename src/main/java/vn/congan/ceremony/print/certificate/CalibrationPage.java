package vn.congan.ceremony.print.certificate;

import static vn.congan.ceremony.common.pdf.PdfRendering.mm;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfRendering;

/**
 * A test sheet for a printer. The rulers along the top and left edges measure from the sheet's
 * edge and are never shifted; the crosshairs are drawn where a certificate's text would go, that
 * is shifted by the profile's current offset for this paper size, and each is labelled with its
 * nominal position in mm (the centre of A4 landscape reads "(148,5 ; 105) mm"). Read against the
 * printed ruler, a mark shows the offset in use; measured from the paper's edge with a real ruler,
 * it shows what is left to correct: new offset = current offset + (nominal - measured). The page
 * prints this rule with a worked example. Text scales with the sheet (A3 text is √2 larger than
 * A4's). With duplex, page 2 checks the back.
 */
public final class CalibrationPage {

    /** Ruler ticks hang from this distance to the edge, in mm. */
    static final double RULER_MM = 6;
    /** Radius of a crosshair's circle and half the length of its arms, in mm. */
    static final double CIRCLE_MM = 3;
    static final double ARM_MM = 8;

    private CalibrationPage() {
    }

    /** Crosshairs, in mm from the left and top edges, for a sheet of the given size. */
    public static List<double[]> crosshairs(double widthMm, double heightMm) {
        return List.of(new double[] {30, 40}, new double[] {widthMm - 30, 40},
                new double[] {widthMm / 2, heightMm / 2}, new double[] {30, heightMm - 30},
                new double[] {widthMm - 30, heightMm - 30});
    }

    /** The label of a mark at {@code x ; y} mm: "(148,5 ; 105) mm", decimals only where there are any. */
    public static String label(double x, double y) {
        return "(" + number(x) + " ; " + number(y) + ") mm";
    }

    /** A millimetre figure as Vietnamese writes it: "148,5", "105", signed "+1,5" / "−2,0" when {@code signed}. */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = rounded.abs().scale() <= 0 ? rounded.abs().toBigInteger().toString()
                : rounded.abs().toPlainString();
        return (rounded.signum() < 0 ? "−" : "") + plain.replace('.', ',');
    }

    static String signed(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        String text = rounded.abs().toPlainString().replace('.', ',');
        return (rounded.signum() < 0 ? "−" : "+") + text;
    }

    /** Text scale for the sheet: 1 on A4 landscape, √2 on A3. */
    static double scale(double widthMm, double heightMm) {
        return Math.max(1, Math.min(Math.max(widthMm, heightMm) / 297, Math.min(widthMm, heightMm) / 210));
    }

    public static byte[] render(String profileName, double widthMm, double heightMm, PrinterOffset offset) {
        int pages = offset.duplex() ? 2 : 1;
        return PdfRendering.render(new Rectangle(mm(widthMm), mm(heightMm)), 0, 0, 0, 0,
                "Trang hiệu chỉnh máy in - " + profileName, (document, writer) -> {
                    for (int page = 1; page <= pages; page++) {
                        if (page > 1) {
                            document.newPage();
                        }
                        draw(writer.getDirectContent(), profileName, widthMm, heightMm, offset, page);
                    }
                });
    }

    private static void draw(PdfContentByte cb, String profileName, double widthMm, double heightMm,
            PrinterOffset offset, int page) {
        double s = scale(widthMm, heightMm);
        double offX = offset.x(page);
        double offY = offset.y(page);
        float h = mm(heightMm);
        cb.setColorStroke(Color.BLACK);
        cb.setColorFill(Color.BLACK);
        BaseFont font = PdfFonts.base(Face.SANS);
        float numberSize = (float) (6 * s);
        // where the crosshairs' circles land on this page, in mm: no ruler number is drawn into one
        List<double[]> circles = new ArrayList<>();
        for (double[] c : crosshairs(widthMm, heightMm)) {
            circles.add(new double[] {c[0] + offX, c[1] + offY});
        }
        // the top ruler: ticks every mm from the left edge, numbers every 10 mm under them
        for (int x = 1; x < widthMm; x++) {
            double len = x % 10 == 0 ? 5 : x % 5 == 0 ? 3.5 : 2;
            line(cb, mm(x), h - mm(RULER_MM), mm(x), h - mm(RULER_MM + len), 0.3f);
            if (x % 10 == 0 && x >= 20) {
                String n = Integer.toString(x);
                double wMm = font.getWidthPoint(n, numberSize) * 25.4 / 72;
                double top = RULER_MM + 6;
                double bottom = top + numberSize * 0.75 * 25.4 / 72;
                if (clear(circles, x - wMm / 2, top, x + wMm / 2, bottom)) {
                    text(cb, font, numberSize, n, mm(x) - mm(wMm / 2), h - mm(bottom));
                }
            }
        }
        // the left ruler: ticks every mm from the top edge, numbers every 10 mm right of them
        // (it starts below the top ruler's longest ticks, so that the corner stays readable)
        for (int y = (int) RULER_MM + 6; y < heightMm; y++) {
            double len = y % 10 == 0 ? 5 : y % 5 == 0 ? 3.5 : 2;
            line(cb, mm(RULER_MM), h - mm(y), mm(RULER_MM + len), h - mm(y), 0.3f);
            if (y % 10 == 0 && y >= 20) {
                String n = Integer.toString(y);
                double wMm = font.getWidthPoint(n, numberSize) * 25.4 / 72;
                double capMm = numberSize * 0.72 * 25.4 / 72;
                double left = RULER_MM + 6;
                if (clear(circles, left, y - capMm / 2, left + wMm, y + capMm / 2)) {
                    text(cb, font, numberSize, n, mm(left), h - mm(y + capMm / 2));
                }
            }
        }
        float labelSize = (float) (7 * s);
        for (double[] c : crosshairs(widthMm, heightMm)) {
            float x = mm(c[0] + offX);
            float y = h - mm(c[1] + offY);
            line(cb, x - mm(ARM_MM), y, x + mm(ARM_MM), y, 0.4f);
            line(cb, x, y - mm(ARM_MM), x, y + mm(ARM_MM), 0.4f);
            cb.setLineWidth(0.4f);
            cb.circle(x, y, mm(CIRCLE_MM));
            cb.stroke();
            // above the circle, on the side towards the middle of the sheet (never off its edge)
            String label = label(c[0], c[1]);
            float labelX = c[0] > widthMm / 2 + 1
                    ? x - mm(CIRCLE_MM + 1) - font.getWidthPoint(label, labelSize) : x + mm(CIRCLE_MM + 1);
            text(cb, font, labelSize, label, labelX, y + mm(CIRCLE_MM + 1));
        }
        BaseFont serif = PdfFonts.base(Face.SERIF);
        BaseFont bold = PdfFonts.base(Face.SERIF_BOLD);
        float left = mm(45 * s);
        float top = h - mm(54 * s);
        float titleSize = (float) (14 * s);
        float helpSize = (float) (10 * s);
        float leading = (float) (13 * s);
        text(cb, bold, titleSize, "TRANG HIỆU CHỈNH MÁY IN: " + profileName + (page == 2 ? " (MẶT SAU)" : ""),
                left, top);
        String[] help = {
            "Khổ giấy " + number(widthMm) + " x " + number(heightMm) + " mm. Độ lệch đang dùng cho khổ này: X = "
                    + signed(offX) + " mm, Y = " + signed(offY) + " mm.",
            "In ở tỷ lệ 100% (Actual size / Kích thước thật), không chọn \"Fit to page\".",
            "Thước in trên trang đo từ mép giấy và không dời theo độ lệch: đọc dấu chữ thập trên thước này",
            "cho biết độ lệch đang dùng. Dùng thước thật đo từ mép trái và mép trên tờ giấy tới tâm mỗi dấu.",
            "Độ lệch mới = độ lệch đang dùng + (vị trí chuẩn − vị trí đo được); X dương: sang phải, Y dương: xuống dưới.",
            "Ví dụ (đang dùng X = 0), dấu (30 ; 40) đo từ mép trái:",
            "đo được 31,5 mm ở nơi chuẩn là 30 mm → độ lệch −1,5 mm; nhập X = −1,5 (dời sang trái 1,5 mm).",
        };
        for (int i = 0; i < help.length; i++) {
            text(cb, serif, helpSize, help[i], left, top - (float) (6 * s) - helpSize - i * leading);
        }
    }

    /** True when the box (mm from the top-left corner) keeps 1 mm away from every crosshair circle. */
    private static boolean clear(List<double[]> circles, double left, double top, double right, double bottom) {
        double reach = CIRCLE_MM + 1;
        for (double[] c : circles) {
            if (right > c[0] - reach && left < c[0] + reach && bottom > c[1] - reach && top < c[1] + reach) {
                return false;
            }
        }
        return true;
    }

    private static void line(PdfContentByte cb, float x1, float y1, float x2, float y2, float width) {
        cb.setLineWidth(width);
        cb.moveTo(x1, y1);
        cb.lineTo(x2, y2);
        cb.stroke();
    }

    private static void text(PdfContentByte cb, BaseFont font, float size, String text, float x, float y) {
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setTextMatrix(x, y);
        cb.showText(text);
        cb.endText();
    }
}
