package vn.congan.ceremony.common.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Draws the short rule under an issuing body (Decree 30/2020/NĐ-CP): centred under the text, {@link
 * OfficialDocument#RULE_SHARE} of its length, a little below its last line. The body's text is
 * tagged; OpenPDF reports where each piece of it landed, and the rule is drawn when the page ends,
 * so that a body that wraps over two lines still gets one rule, under the second line.
 */
final class IssuingBodyRule extends PdfPageEventHelper {

    private static final String PREFIX = "issuing-body-rule:";
    private static final AtomicLong NEXT = new AtomicLong();

    /** The pieces of each tagged body on the current page. */
    private final Map<String, List<Rectangle>> pieces = new LinkedHashMap<>();

    /** A tag of its own for each header, so that two headers on a page get two rules. */
    static String tag() {
        return PREFIX + NEXT.incrementAndGet();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (text.startsWith(PREFIX)) {
            pieces.computeIfAbsent(text, t -> new ArrayList<>()).add(new Rectangle(rect));
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        for (List<Rectangle> body : pieces.values()) {
            float widest = 0;
            Rectangle last = body.get(0);
            for (Rectangle piece : body) {
                widest = Math.max(widest, piece.getWidth());
                if (piece.getBottom() < last.getBottom()) {
                    last = piece;
                }
            }
            float centre = (last.getLeft() + last.getRight()) / 2;
            float length = OfficialDocument.RULE_SHARE * widest;
            // clear of the descenders of the last line
            float y = last.getBottom() - 0.45f * last.getHeight();
            canvas.saveState();
            canvas.setLineWidth(0.6f);
            canvas.moveTo(centre - length / 2, y);
            canvas.lineTo(centre + length / 2, y);
            canvas.stroke();
            canvas.restoreState();
        }
        pieces.clear();
    }
}
