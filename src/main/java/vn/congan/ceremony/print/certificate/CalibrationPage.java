package vn.congan.ceremony.print.certificate;

import static vn.congan.ceremony.print.pdf.PdfRendering.mm;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import vn.congan.ceremony.print.pdf.PdfFonts;
import vn.congan.ceremony.print.pdf.PdfFonts.Face;
import vn.congan.ceremony.print.pdf.PdfRendering;

/**
 * A test sheet for a printer: millimetre rulers and crosshairs at known positions, printed with
 * the profile's current offset. Staff measure each crosshair from the paper's left and top edges;
 * the new offset is the current one plus (nominal - measured). With duplex, page 2 checks the back.
 */
public final class CalibrationPage {

    /** Crosshairs, in mm from the left and top edges, for a sheet of the given size. */
    public static List<double[]> crosshairs(double widthMm, double heightMm) {
        return List.of(new double[] {30, 40}, new double[] {widthMm - 30, 40}, new double[] {widthMm / 2, heightMm / 2},
                new double[] {30, heightMm - 30}, new double[] {widthMm - 30, heightMm - 30});
    }

    private CalibrationPage() {
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
        float dx = mm(offset.x(page));
        float dy = -mm(offset.y(page));
        float h = mm(heightMm);
        cb.setColorStroke(Color.BLACK);
        cb.setColorFill(Color.BLACK);
        BaseFont font = PdfFonts.base(Face.SANS);
        // horizontal ruler 20 mm below the top edge, vertical ruler 20 mm right of the left edge
        for (int x = 30; x <= widthMm - 10; x++) {
            float len = x % 10 == 0 ? mm(5) : x % 5 == 0 ? mm(3.5) : mm(2);
            line(cb, mm(x) + dx, h - mm(20) + dy, mm(x) + dx, h - mm(20) - len + dy, 0.3f);
            if (x % 10 == 0) {
                text(cb, font, 6, Integer.toString(x), mm(x) + dx - 3, h - mm(28) + dy);
            }
        }
        for (int y = 30; y <= heightMm - 10; y++) {
            float len = y % 10 == 0 ? mm(5) : y % 5 == 0 ? mm(3.5) : mm(2);
            line(cb, mm(20) + dx, h - mm(y) + dy, mm(20) + len + dx, h - mm(y) + dy, 0.3f);
            if (y % 10 == 0) {
                text(cb, font, 6, Integer.toString(y), mm(27) + dx, h - mm(y) - 2 + dy);
            }
        }
        for (double[] c : crosshairs(widthMm, heightMm)) {
            float x = mm(c[0]) + dx;
            float y = h - mm(c[1]) + dy;
            line(cb, x - mm(8), y, x + mm(8), y, 0.4f);
            line(cb, x, y - mm(8), x, y + mm(8), 0.4f);
            cb.circle(x, y, mm(3));
            cb.stroke();
            text(cb, font, 7, String.format(Locale.ROOT, "(%.0f ; %.0f) mm", c[0], c[1]), x + mm(2), y + mm(2));
        }
        BaseFont serif = PdfFonts.base(Face.SERIF);
        BaseFont bold = PdfFonts.base(Face.SERIF_BOLD);
        float left = mm(45) + dx;
        float top = h - mm(55) + dy;
        text(cb, bold, 14, "TRANG HIỆU CHỈNH MÁY IN: " + profileName + (page == 2 ? " (MẶT SAU)" : ""), left, top);
        String[] help = {
            String.format(Locale.ROOT, "Khổ giấy %.0f x %.0f mm. Độ lệch đang dùng: X = %+.1f mm, Y = %+.1f mm.",
                    widthMm, heightMm, offset.x(page), offset.y(page)),
            "In ở tỷ lệ 100% (Actual size / Kích thước thật), không chọn \"Fit to page\".",
            "Đo từ mép trái và mép trên tờ giấy tới tâm mỗi dấu chữ thập.",
            "Độ lệch mới = độ lệch đang dùng + (vị trí chuẩn - vị trí đo được); X dương: sang phải, Y dương: xuống dưới.",
        };
        for (int i = 0; i < help.length; i++) {
            text(cb, serif, 11, help[i], left, top - 18 - i * 15);
        }
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
