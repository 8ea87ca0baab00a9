package vn.congan.ceremony.common.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;

/**
 * The page number of an administrative document (Decree 30/2020/NĐ-CP): Arabic numerals,
 * centred in the top margin, from page 2 on; the first page carries none. Register it with
 * {@code writer.setPageEvent(new PageNumbers(size))} before the first page is written.
 */
public final class PageNumbers extends PdfPageEventHelper {

    private final float size;

    public PageNumbers(float size) {
        this.size = size;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page < 2) {
            return;
        }
        float x = (document.left() + document.right()) / 2;
        float y = document.top() + PdfRendering.mm(8);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase(Integer.toString(page), PdfFonts.font(Face.SERIF, size)), x, y, 0);
    }
}
