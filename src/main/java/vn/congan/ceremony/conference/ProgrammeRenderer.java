package vn.congan.ceremony.conference;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.print.pdf.OfficialDocument;
import vn.congan.ceremony.print.pdf.PageNumbers;
import vn.congan.ceremony.print.pdf.PdfFonts;
import vn.congan.ceremony.print.pdf.PdfFonts.Face;
import vn.congan.ceremony.print.pdf.PdfRendering;

/**
 * The printed programme ("CHƯƠNG TRÌNH HỘI NGHỊ"): A4 portrait, the department and the
 * national name and motto at the top, the conference title, time and venue, then a table of
 * time, item and person responsible. Page numbers, centred at the top, from page 2 on, as
 * Decree 30/2020/NĐ-CP asks.
 */
public final class ProgrammeRenderer {

    public static final String TITLE = "CHƯƠNG TRÌNH HỘI NGHỊ";
    private static final float SIZE = 13;
    private static final Color HEADER_FILL = new Color(235, 235, 235);

    private ProgrammeRenderer() {
    }

    public static byte[] render(OrgSettings org, AgendaPlan plan) {
        Conference conference = plan.conference();
        return PdfRendering.render(PageSize.A4, PdfRendering.mm(30), PdfRendering.mm(15), PdfRendering.mm(20),
                PdfRendering.mm(20), TITLE + " - " + conference.getTitle(), (document, writer) -> {
                    writer.setPageEvent(new PageNumbers(SIZE));
                    document.add(OfficialDocument.header(org.getParentBody(), org.getDepartmentName(), 12));
                    float width = OfficialDocument.textWidth(document);
                    Paragraph title = OfficialDocument.title(TITLE, 15, width);
                    title.setSpacingBefore(24);
                    document.add(title);
                    Paragraph name = OfficialDocument.heading(conference.getTitle(), Face.SERIF_BOLD, 14, width);
                    name.setSpacingAfter(8);
                    document.add(name);
                    document.add(OfficialDocument.centred("Thời gian: " + DateLine.spokenTime(conference.getStartTime())
                            + ", " + DateLine.date(conference.getDate()), Face.SERIF_ITALIC, SIZE));
                    if (conference.getVenue() != null) {
                        document.add(OfficialDocument.centred("Địa điểm: " + conference.getVenue(), Face.SERIF_ITALIC,
                                SIZE));
                    }
                    document.add(table(plan));
                });
    }

    private static PdfPTable table(AgendaPlan plan) {
        PdfPTable table = new PdfPTable(new float[] {16, 52, 32});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setHeaderRows(1);
        for (String header : new String[] {"Thời gian", "Nội dung", "Người thực hiện"}) {
            PdfPCell cell = cell(header, Face.SERIF_BOLD, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (ScheduledItem row : plan.rows()) {
            table.addCell(cell(DateLine.time(row.start()), Face.SERIF, Element.ALIGN_CENTER));
            table.addCell(cell(row.item().getTitle(), Face.SERIF, Element.ALIGN_LEFT));
            table.addCell(cell(row.item().responsibleLabel(), Face.SERIF, Element.ALIGN_LEFT));
        }
        return table;
    }

    private static PdfPCell cell(String text, Face face, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.font(face, SIZE)));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(5);
        cell.setPaddingBottom(7);
        return cell;
    }
}
