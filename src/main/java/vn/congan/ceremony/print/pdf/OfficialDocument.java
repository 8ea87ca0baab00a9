package vn.congan.ceremony.print.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.List;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.print.pdf.PdfFonts.Face;

/**
 * The fixed parts of a Vietnamese administrative document (Decree 30/2020/NĐ-CP):
 * issuing body top left, national name and motto top right, the italic
 * place-and-date line and the signature block. Shared by every printed list.
 */
public final class OfficialDocument {

    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private OfficialDocument() {
    }

    /**
     * The two-column header: parent body (regular) over issuing body (bold) on the left,
     * national name over the underlined motto on the right, both centred in their column.
     */
    public static PdfPTable header(String parentBody, String issuingBody, float size) {
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        Paragraph left = new Paragraph();
        left.setAlignment(Element.ALIGN_CENTER);
        if (VietText.cleanToNull(parentBody) != null) {
            left.add(new Chunk(VietText.upper(parentBody) + "\n", PdfFonts.font(Face.SERIF, size)));
        }
        left.add(new Chunk(VietText.upper(issuingBody), PdfFonts.font(Face.SERIF_BOLD, size, Font.UNDERLINE)));
        Paragraph right = new Paragraph();
        right.setAlignment(Element.ALIGN_CENTER);
        right.add(new Chunk(NATIONAL_NAME + "\n", PdfFonts.font(Face.SERIF_BOLD, size)));
        right.add(new Chunk(MOTTO, PdfFonts.font(Face.SERIF_BOLD, size + 1, Font.UNDERLINE)));
        table.addCell(plainCell(left, Element.ALIGN_CENTER));
        table.addCell(plainCell(right, Element.ALIGN_CENTER));
        return table;
    }

    /** "Hải Dương, ngày 05 tháng 02 năm 2020" in italics, aligned right. */
    public static Paragraph dateLine(String place, LocalDate date, float size) {
        Paragraph p = new Paragraph(DateLine.placeAndDate(place, date), PdfFonts.font(Face.SERIF_ITALIC, size));
        p.setAlignment(Element.ALIGN_RIGHT);
        return p;
    }

    /**
     * The signer's capacity in upper case ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC" when a deputy
     * signs), space for signature and seal, then rank and full name in bold.
     */
    public static Paragraph signatureBlock(List<String> capacityLines, String rankAndName, float size) {
        Paragraph p = new Paragraph();
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(size * 1.3f);
        for (String line : capacityLines) {
            p.add(new Chunk(VietText.upper(line) + "\n", PdfFonts.font(Face.SERIF_BOLD, size)));
        }
        p.add(new Chunk("\n\n\n\n", PdfFonts.font(Face.SERIF, size)));
        p.add(new Chunk(VietText.clean(rankAndName), PdfFonts.font(Face.SERIF_BOLD, size)));
        return p;
    }

    /** A title line in bold capitals, centred. */
    public static Paragraph title(String text, float size) {
        Paragraph p = new Paragraph(VietText.upper(text), PdfFonts.font(Face.SERIF_BOLD, size));
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** A centred line in the given face. */
    public static Paragraph centred(String text, Face face, float size) {
        Paragraph p = new Paragraph(VietText.clean(text), PdfFonts.font(face, size));
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** A borderless cell holding {@code content}. */
    public static PdfPCell plainCell(Phrase content, int alignment) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(4);
        return cell;
    }
}
