package vn.congan.ceremony.award;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import vn.congan.ceremony.common.pdf.OfficialDocument;
import vn.congan.ceremony.common.pdf.PageNumbers;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfRendering;

/**
 * The appendix of a decision (Decree 30/2020/NĐ-CP layout, A4 portrait, Liberation Serif
 * embedded): issuing body and national motto, the list title and "(Kèm theo Quyết định số
 * ...)", then a table with a repeated header, collectives then individuals, and the total.
 * Pages are numbered from page 2 on, centred at the top, as the decree asks.
 */
public final class RecipientListPdf {

    private static final float SIZE = 13;
    private static final float[] COLUMNS = {7, 30, 15, 22, 32};
    private static final String[] HEADER = {"STT", "Họ và tên / Tên tập thể", "Cấp bậc", "Chức vụ", "Đơn vị"};

    private RecipientListPdf() {
    }

    public static byte[] render(RecipientListDocument list) {
        return PdfRendering.render(PageSize.A4, PdfRendering.mm(30), PdfRendering.mm(15), PdfRendering.mm(20),
                PdfRendering.mm(20), list.title(), (document, writer) -> {
                    writer.setPageEvent(new PageNumbers(SIZE));
                    document.add(OfficialDocument.header(list.parentBody(), list.issuingBody(), 12));
                    Paragraph space = new Paragraph(" ", PdfFonts.font(Face.SERIF, 8));
                    document.add(space);
                    document.add(OfficialDocument.title(list.title(), 14, OfficialDocument.textWidth(document)));
                    Paragraph reference = OfficialDocument.centred(list.reference(), Face.SERIF_ITALIC, SIZE);
                    reference.setSpacingAfter(10);
                    document.add(reference);
                    document.add(table(list));
                    Paragraph total = new Paragraph(list.total(), PdfFonts.font(Face.SERIF_BOLD, SIZE));
                    total.setSpacingBefore(8);
                    document.add(total);
                });
    }

    private static PdfPTable table(RecipientListDocument list) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : HEADER) {
            table.addCell(cell(heading, Face.SERIF_BOLD, Element.ALIGN_CENTER));
        }
        List<RecipientRow> units = list.collectives();
        List<RecipientRow> people = list.individuals();
        if (!units.isEmpty()) {
            section(table, "I. TẬP THỂ");
            rows(table, units);
        }
        if (!people.isEmpty()) {
            section(table, (units.isEmpty() ? "I" : "II") + ". CÁ NHÂN");
            rows(table, people);
        }
        return table;
    }

    private static void rows(PdfPTable table, List<RecipientRow> recipients) {
        int number = 1;
        for (RecipientRow r : recipients) {
            table.addCell(cell(Integer.toString(number++), Face.SERIF, Element.ALIGN_CENTER));
            PdfPCell name = cell(r.name(), Face.SERIF, Element.ALIGN_LEFT);
            if (r.isCollective()) {
                // a unit's full name is long and has no rank, position or unit of its own
                name.setColspan(COLUMNS.length - 1);
                table.addCell(name);
                continue;
            }
            table.addCell(name);
            table.addCell(cell(r.rank().label(), Face.SERIF, Element.ALIGN_LEFT));
            table.addCell(cell(r.position(), Face.SERIF, Element.ALIGN_LEFT));
            table.addCell(cell(r.unitName(), Face.SERIF, Element.ALIGN_LEFT));
        }
    }

    private static void section(PdfPTable table, String text) {
        PdfPCell cell = cell(text, Face.SERIF_BOLD, Element.ALIGN_LEFT);
        cell.setColspan(COLUMNS.length);
        table.addCell(cell);
    }

    private static PdfPCell cell(String text, Face face, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, PdfFonts.font(face, SIZE - 1)));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        return cell;
    }
}
