package vn.congan.ceremony.conference;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.common.text.TitleLines;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.common.pdf.OfficialDocument;
import vn.congan.ceremony.common.pdf.PageNumbers;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfRendering;

/**
 * The printed programme ("CHƯƠNG TRÌNH HỘI NGHỊ"): A4 portrait, the department and the
 * national name and motto at the top, the conference title, time, venue and "Chủ trì:" (who
 * chairs), then a table of time ("07 giờ 30"), item and person responsible; the award row names
 * the leaders who hand over, each once. Page numbers, centred at the top, from page 2 on, as
 * Decree 30/2020/NĐ-CP asks.
 */
public final class ProgrammeRenderer {

    public static final String TITLE = "CHƯƠNG TRÌNH HỘI NGHỊ";
    private static final float SIZE = 13;
    private static final Color HEADER_FILL = new Color(235, 235, 235);

    private ProgrammeRenderer() {
    }

    public static byte[] render(OrgSettings org, AgendaPlan plan) {
        return render(org, plan, null, Map.of());
    }

    /**
     * {@code chair} is the "Chủ trì:" line's person ("Đại tá Nguyễn Thế Hùng, Giám đốc Công an
     * tỉnh"), null for none; {@code presenters} the people who hand over the awards of each award
     * item (by item id), named in the award row in place of its free text.
     */
    public static byte[] render(OrgSettings org, AgendaPlan plan, String chair, Map<Long, List<String>> presenters) {
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
                    document.add(OfficialDocument.centred("Thời gian: " + DateLine.documentTime(conference.getStartTime())
                            + ", " + DateLine.date(conference.getDate()), Face.SERIF_ITALIC, SIZE));
                    if (conference.getVenue() != null) {
                        document.add(OfficialDocument.centred("Địa điểm: " + conference.getVenue(), Face.SERIF_ITALIC,
                                SIZE));
                    }
                    if (chair != null) {
                        document.add(OfficialDocument.centred("Chủ trì: " + chair, Face.SERIF_ITALIC, SIZE));
                    }
                    document.add(table(plan, presenters));
                });
    }

    /**
     * The person column is wide enough for "Ban tổ chức" or a rank and full name on one line; a
     * unit's name wraps between word groups only (see {@link TitleLines#keepTogether}).
     */
    private static PdfPTable table(AgendaPlan plan, Map<Long, List<String>> presenters) {
        PdfPTable table = new PdfPTable(new float[] {17, 45, 38});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setHeaderRows(1);
        for (String header : new String[] {"Thời gian", "Nội dung", "Người thực hiện"}) {
            PdfPCell cell = cell(header, Face.SERIF_BOLD, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (ScheduledItem row : plan.rows()) {
            AgendaItem item = row.item();
            table.addCell(cell(DateLine.documentTime(row.start()), Face.SERIF, Element.ALIGN_CENTER));
            table.addCell(cell(TitleLines.keepTogether(item.getTitle()), Face.SERIF, Element.ALIGN_LEFT));
            List<String> handing = item.getType() == AgendaItemType.AWARD_PRESENTATION && item.getId() != null
                    ? presenters.get(item.getId()) : null;
            String who = handing == null || handing.isEmpty() ? item.responsibleLabel() : String.join("\n", handing);
            table.addCell(cell(TitleLines.keepTogether(who), Face.SERIF, Element.ALIGN_LEFT));
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
