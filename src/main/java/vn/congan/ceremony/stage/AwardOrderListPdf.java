package vn.congan.ceremony.stage;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.common.text.TitleLines;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.common.pdf.OfficialDocument;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfRendering;

/**
 * The award order list for the stage manager, who lines up the next batch backstage: A4
 * landscape, one block per batch: a full-width row with its number, form and presenter, then each
 * recipient with unit (or position) and, for a collective, who goes on stage for it. A page must
 * identify its batch when it is read loose: a batch that runs onto the next page repeats the column
 * heads and its row there as "Đợt 2 (tiếp)", and a batch never starts with its row alone at the foot
 * of a page. Every page that opens with a batch opens with the column heads too.
 */
public final class AwardOrderListPdf {

    public static final String TITLE = "DANH SÁCH THỨ TỰ TRAO KHEN THƯỞNG";
    private static final float SIZE = 12;
    private static final Color HEADER_FILL = new Color(230, 230, 230);
    private static final Color BATCH_FILL = new Color(245, 245, 245);
    /**
     * STT, recipient, unit or position, representative: the last is wide enough for a rank and a
     * full name on one line ("Thượng tá Nguyễn Thị Phương Linh").
     */
    private static final float[] COLUMNS = {5, 34, 36, 25};
    private static final String[] HEADERS = {"STT", "Người nhận", "Đơn vị / chức vụ", "Đại diện nhận"};
    /** The entries that must follow a batch's row on its first page. */
    private static final int FIRST_ROWS = 2;

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
                    Paragraph count = OfficialDocument.centred(plan.batches().size() + " đợt, " + plan.recipients()
                            + " người nhận", Face.SERIF, SIZE);
                    count.setSpacingAfter(10);
                    document.add(count);
                    boolean first = true;
                    for (StageBatch batch : plan.batches()) {
                        addBatch(document, writer, batch, width, first);
                        first = false;
                    }
                });
    }

    /**
     * One batch as a table of its own: its header (column heads and "Đợt n (tiếp)") is skipped where
     * the batch starts and repeated on each page it runs onto.
     */
    private static void addBatch(Document document, PdfWriter writer, StageBatch batch, float width, boolean first)
            throws DocumentException {
        float y = writer.getVerticalPosition(true);
        boolean atTop = y > document.top() - SIZE * 2;
        PdfPTable table = table(batch, width, first || atTop);
        int body = table.getHeaderRows();
        int needed = Math.min(table.size(), body + (first || atTop ? 2 : 1) + FIRST_ROWS);
        float height = 0;
        for (int row = body; row < needed; row++) {
            height += table.getRowHeight(row);
        }
        if (!atTop && y - height < document.bottom()) {
            document.newPage();
            table = table(batch, width, true);
        }
        document.add(table);
    }

    private static PdfPTable table(StageBatch batch, float width, boolean columnHeads) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHeaderRows(2);
        table.setSkipFirstHeader(true);
        table.setSpacingAfter(0);
        addColumnHeads(table);
        table.addCell(batchRow(batch, true));
        if (columnHeads) {
            addColumnHeads(table);
        }
        table.addCell(batchRow(batch, false));
        if (batch.entries().isEmpty()) {
            PdfPCell none = cell("(chưa có người nhận)", Face.SERIF_ITALIC, Element.ALIGN_LEFT);
            none.setColspan(COLUMNS.length);
            table.addCell(none);
        }
        for (StageEntry e : batch.entries()) {
            table.addCell(cell(Integer.toString(e.position()), Face.SERIF, Element.ALIGN_CENTER));
            if (e.collective()) {
                // a collective is its unit: named in full across recipient and unit
                PdfPCell unit = cell("Tập thể: " + e.label(), Face.SERIF_BOLD, Element.ALIGN_LEFT);
                unit.setColspan(2);
                table.addCell(unit);
            } else {
                table.addCell(cell(e.label(), Face.SERIF, Element.ALIGN_LEFT));
                table.addCell(cell(join(e.personPosition(), e.unitName()), Face.SERIF, Element.ALIGN_LEFT));
            }
            table.addCell(cell(e.collective() && e.representative() != null ? e.representative() : "", Face.SERIF,
                    Element.ALIGN_LEFT));
        }
        return table;
    }

    private static void addColumnHeads(PdfPTable table) {
        for (String header : HEADERS) {
            PdfPCell cell = cell(header, Face.SERIF_BOLD, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
    }

    /** "Đợt 2: Giấy khen của Giám đốc Công an tỉnh - Người trao: Đại tá Trần Quốc Bình", "(tiếp)" on later pages. */
    private static PdfPCell batchRow(StageBatch batch, boolean continued) {
        String presenter = batch.presenterRankAndName() == null ? "(chưa chọn)" : batch.presenterRankAndName()
                + (batch.onAuthorityOf() == null ? "" : " (thừa ủy quyền " + batch.onAuthorityOf() + ")");
        String text = "Đợt " + batch.number() + (continued ? " (tiếp)" : "") + ": " + batch.formName()
                + " - Người trao: " + presenter;
        PdfPCell cell = cell(TitleLines.keepTogether(text), Face.SERIF_BOLD, Element.ALIGN_LEFT);
        cell.setColspan(COLUMNS.length);
        cell.setBackgroundColor(BATCH_FILL);
        return cell;
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
