package vn.congan.ceremony.stage;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import vn.congan.ceremony.common.text.TitleLines;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.pdf.KeepWithNext;
import vn.congan.ceremony.common.pdf.OfficialDocument;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfRendering;
import vn.congan.ceremony.stage.McScript.Kind;
import vn.congan.ceremony.stage.McScript.Line;
import vn.congan.ceremony.stage.McScript.Section;

/**
 * The MC script on paper, in large print for reading at a lectern: nothing smaller than
 * 16 pt (the page number included), the date, start and venue under the title, one numbered section per agenda item, batches numbered,
 * names in bold and numbered by their place in the batch (the number is no part of a
 * rewritten line's text), stage directions in italics, the page number at the foot of each page.
 */
public final class McScriptPdf {

    static final float BODY = 16;
    static final float HEADING = 18;
    static final float TITLE = 20;

    private McScriptPdf() {
    }

    public static byte[] render(McScript script, String conferenceTitle) {
        return PdfRendering.render(PageSize.A4, PdfRendering.mm(25), PdfRendering.mm(20), PdfRendering.mm(20),
                PdfRendering.mm(22), "Kịch bản MC - " + conferenceTitle, (document, writer) -> {
                    writer.setPageEvent(new PageFooter());
                    float width = OfficialDocument.textWidth(document);
                    document.add(OfficialDocument.title("Kịch bản dẫn chương trình", TITLE, width));
                    Paragraph last = OfficialDocument.heading(conferenceTitle, Face.SERIF_BOLD, BODY, width);
                    document.add(last);
                    if (script.timeAndPlace() != null) {
                        for (String line : script.timeAndPlace().split("\n")) {
                            last = OfficialDocument.heading(line, Face.SERIF_ITALIC, BODY, width);
                            document.add(last);
                        }
                    }
                    last.setSpacingAfter(4);
                    // an item's heading and a batch's heading start the page their first lines are on
                    KeepWithNext flow = new KeepWithNext(document, writer);
                    for (Section section : script.sections()) {
                        Paragraph heading = new Paragraph(section.number() + ". " + section.heading(),
                                PdfFonts.font(Face.SANS_BOLD, HEADING));
                        heading.setSpacingBefore(16);
                        heading.setSpacingAfter(6);
                        heading.setKeepTogether(true);
                        flow.add(heading, true);
                        for (Line line : section.lines()) {
                            flow.add(paragraph(line), line.kind() == Kind.BATCH);
                        }
                    }
                    flow.flush();
                });
    }

    /**
     * A line wraps between word groups, never inside "Công an tỉnh" or "Đại tá" ({@link
     * TitleLines#keepTogether}), nor inside a rank and name read aloud ({@link TitleLines#keepNamesTogether}).
     */
    private static Paragraph paragraph(Line line) {
        String text = TitleLines.keepNamesTogether(TitleLines.keepTogether(line.text()));
        Paragraph p = switch (line.kind()) {
            case BATCH -> new Paragraph(TitleLines.keepTogether(VietText.upper(line.text())),
                    PdfFonts.font(Face.SANS_BOLD, BODY + 1));
            case NAME -> new Paragraph(line.numberPrefix() + text, PdfFonts.font(Face.SERIF_BOLD, BODY));
            case NOTE -> new Paragraph("(" + text + ")", PdfFonts.font(Face.SERIF_ITALIC, BODY));
            case SAY -> new Paragraph(text, PdfFonts.font(Face.SERIF, BODY));
        };
        p.setLeading(BODY * 1.35f);
        p.setSpacingAfter(line.kind() == Kind.NAME ? 2 : 6);
        if (line.kind() == Kind.NAME) {
            p.setIndentationLeft(PdfRendering.mm(8));
        }
        if (line.kind() == Kind.BATCH) {
            p.setSpacingBefore(10);
        }
        return p;
    }

    /** "Trang n" centred at the foot of each page, as large as the body. */
    static final class PageFooter extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float x = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("Trang " + writer.getPageNumber(), PdfFonts.font(Face.SERIF, BODY)), x,
                    document.bottom() - PdfRendering.mm(10), 0);
        }
    }
}
