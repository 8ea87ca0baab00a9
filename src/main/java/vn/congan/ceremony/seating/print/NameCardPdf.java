package vn.congan.ceremony.seating.print;

import static vn.congan.ceremony.common.pdf.PdfRendering.mm;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfRendering;

/**
 * Delegates' name cards: one A4 portrait sheet per delegate, folded along the middle into a
 * tent. Each half carries the rank and the name in large type; the upper half is turned 180°
 * so that, folded, both faces read upright, one towards the hall and one towards the table.
 */
public final class NameCardPdf {

    /** One card: "Đại tá" (empty without a rank) and "Nguyễn Thế Hùng". */
    public record NameCard(String rank, String name) {
    }

    private static final float SIDE = mm(15);

    private NameCardPdf() {
    }

    public static byte[] render(List<NameCard> cards) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("No name cards to print");
        }
        return PdfRendering.render(PageSize.A4, 0, 0, 0, 0, "Thẻ tên đại biểu", (document, writer) -> {
            for (int i = 0; i < cards.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                float w = document.getPageSize().getWidth();
                float h = document.getPageSize().getHeight();
                PdfContentByte cb = writer.getDirectContent();
                foldLine(cb, w, h);
                // lower half: upright; upper half: the same face turned 180° about the page centre
                face(cb, cards.get(i), w, h / 2);
                cb.saveState();
                cb.concatCTM(-1, 0, 0, -1, w, h);
                face(cb, cards.get(i), w, h / 2);
                cb.restoreState();
            }
        });
    }

    private static void foldLine(PdfContentByte cb, float w, float h) {
        cb.saveState();
        cb.setColorStroke(Color.GRAY);
        cb.setLineWidth(0.4f);
        cb.setLineDash(4, 3);
        cb.moveTo(mm(5), h / 2);
        cb.lineTo(w - mm(5), h / 2);
        cb.stroke();
        cb.restoreState();
    }

    /** A face in the half from y = 0 to {@code halfHeight}, reading upright, centred. */
    private static void face(PdfContentByte cb, NameCard card, float w, float halfHeight) {
        float width = w - 2 * SIDE;
        String name = VietText.clean(card.name());
        BaseFont bold = PdfFonts.base(Face.SERIF_BOLD);
        float nameSize = fit(bold, name, width, 60);
        float centre = halfHeight / 2;
        boolean hasRank = card.rank() != null && !card.rank().isBlank();
        float nameY = hasRank ? centre - nameSize * 0.55f : centre - nameSize * 0.3f;
        if (hasRank) {
            BaseFont regular = PdfFonts.base(Face.SERIF_BOLD);
            float rankSize = fit(regular, card.rank(), width, 36);
            centred(cb, regular, card.rank(), rankSize, w / 2, nameY + nameSize * 1.05f);
        }
        centred(cb, bold, name, nameSize, w / 2, nameY);
    }

    private static float fit(BaseFont font, String text, float width, float max) {
        float size = max;
        while (size > 12 && font.getWidthPoint(text, size) > width) {
            size -= 1;
        }
        return size;
    }

    private static void centred(PdfContentByte cb, BaseFont font, String text, float size, float x, float y) {
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setColorFill(new Color(0xA0, 0x10, 0x10));
        cb.setTextMatrix(x - font.getWidthPoint(text, size) / 2, y);
        cb.showText(text);
        cb.endText();
    }
}
