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
import vn.congan.ceremony.common.pdf.FittedText;
import vn.congan.ceremony.common.pdf.TextFit;

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
    /** The smallest type on a card, in points: read across a table, nothing smaller. */
    private static final float MIN_SIZE = 12;

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
        // one line each, as large as fits; a name too long even at the smallest size is shortened, never overflows
        FittedText nameLine = TextFit.oneLine(Face.SERIF_BOLD, name, width, 60, MIN_SIZE);
        float nameSize = nameLine.size();
        float centre = halfHeight / 2;
        boolean hasRank = card.rank() != null && !card.rank().isBlank();
        float nameY = hasRank ? centre - nameSize * 0.55f : centre - nameSize * 0.3f;
        if (hasRank) {
            FittedText rankLine = TextFit.oneLine(Face.SERIF_BOLD, card.rank(), width, 36, MIN_SIZE);
            // above the name's capitals with room for the rank's descenders, however small the name
            float rise = Math.max(nameSize * 1.05f, nameSize * 0.75f + rankLine.size() * 0.3f);
            centred(cb, bold, rankLine, w / 2, nameY + rise);
        }
        centred(cb, bold, nameLine, w / 2, nameY);
    }

    private static void centred(PdfContentByte cb, BaseFont font, FittedText line, float x, float y) {
        cb.beginText();
        cb.setFontAndSize(font, line.size());
        cb.setColorFill(new Color(0xA0, 0x10, 0x10));
        cb.setTextMatrix(x - line.widths().get(0) / 2, y);
        cb.showText(line.lines().get(0));
        cb.endText();
    }
}
