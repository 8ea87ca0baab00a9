package vn.congan.ceremony.stage;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.print.pdf.OfficialDocument;
import vn.congan.ceremony.print.pdf.PdfFonts;
import vn.congan.ceremony.print.pdf.PdfFonts.Face;
import vn.congan.ceremony.print.pdf.PdfRendering;

/**
 * The award order list for the stage manager, who lines up the next batch backstage: A4
 * landscape, one block of rows per batch with its number and presenter, then each recipient
 * with unit (or position) and, for a collective, who goes on stage for it.
 */
public final class AwardOrderListPdf {

    public static final String TITLE = "DANH SÁCH THỨ TỰ TRAO KHEN THƯỞNG";
    private static final float SIZE = 12;
    private static final Color HEADER_FILL = new Color(230, 230, 230);
    private static final Color BATCH_FILL = new Color(245, 245, 245);

    private AwardOrderListPdf() {
    }

    public static byte[] render(StagePlan plan, Conference conference, String parentBody, String department,
            String place) {
        return PdfRendering.render(PageSize.A4.rotate(), PdfRendering.mm(15), PdfRendering.mm(15),
                PdfRendering.mm(15), PdfRendering.mm(18), TITLE + " - " + conference.getTitle(), (document, writer) -> {
                    writer.setPageEvent(new McScriptPdf.PageFooter());
                    document.add(OfficialDocument.header(parentBody, department, 11));
                    float width = OfficialDocument.textWidth(document);
                    Paragraph title = OfficialDocument.title(TITLE, 15, width);
                    title.setSpacingBefore(12);
                    document.add(title);
                    document.add(OfficialDocument.heading(conference.getTitle() + " - "
                            + DateLine.date(conference.getDate()), Face.SERIF_ITALIC, SIZE, width));
                    document.add(OfficialDocument.centred(plan.batches().size() + " đợt, " + plan.recipients()
                            + " người nhận", Face.SERIF, SIZE));
                    document.add(table(plan));
                });
    }

    private static PdfPTable table(StagePlan plan) {
        PdfPTable table = new PdfPTable(new float[] {7, 22, 5, 28, 22, 16});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        for (String header : new String[] {"Đợt", "Người trao", "STT", "Người nhận", "Đơn vị / chức vụ",
            "Đại diện nhận"}) {
            PdfPCell cell = cell(header, Face.SERIF_BOLD, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (StageBatch batch : plan.batches()) {
            PdfPCell number = cell(Integer.toString(batch.number()), Face.SERIF_BOLD, Element.ALIGN_CENTER);
            number.setRowspan(Math.max(1, batch.size()));
            number.setBackgroundColor(BATCH_FILL);
            table.addCell(number);
            String presenter = batch.presenterRankAndName() == null ? "(chưa chọn)" : batch.presenterRankAndName()
                    + (batch.onAuthorityOf() == null ? "" : "\n(thừa ủy quyền " + batch.onAuthorityOf() + ")");
            PdfPCell presenterCell = cell(presenter + "\n" + batch.formName(), Face.SERIF, Element.ALIGN_LEFT);
            presenterCell.setRowspan(Math.max(1, batch.size()));
            presenterCell.setBackgroundColor(BATCH_FILL);
            table.addCell(presenterCell);
            if (batch.entries().isEmpty()) {
                for (int i = 0; i < 4; i++) {
                    table.addCell(cell("", Face.SERIF, Element.ALIGN_LEFT));
                }
            }
            for (StageEntry e : batch.entries()) {
                table.addCell(cell(Integer.toString(e.position()), Face.SERIF, Element.ALIGN_CENTER));
                table.addCell(cell(e.label(), e.collective() ? Face.SERIF_BOLD : Face.SERIF, Element.ALIGN_LEFT));
                String where = e.collective() ? "Tập thể" : join(e.personPosition(), e.unitName());
                table.addCell(cell(where, Face.SERIF, Element.ALIGN_LEFT));
                table.addCell(cell(e.collective() && e.representative() != null ? e.representative() : "", Face.SERIF,
                        Element.ALIGN_LEFT));
            }
        }
        return table;
    }

    private static String join(String position, String unit) {
        if (position == null) {
            return unit == null ? "" : unit;
        }
        return unit == null ? position : position + ", " + unit;
    }

    private static PdfPCell cell(String text, Face face, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.font(face, SIZE)));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        cell.setPaddingBottom(6);
        return cell;
    }
}
