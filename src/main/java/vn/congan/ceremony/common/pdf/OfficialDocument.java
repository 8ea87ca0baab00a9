package vn.congan.ceremony.common.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.List;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.common.text.TitleLines;
import vn.congan.ceremony.common.text.VietText;

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

    /** The short rule under the issuing body: this share of the body's text length (Decree 30: 1/3 to 1/2). */
    public static final float RULE_SHARE = 0.4f;

    /**
     * The two-column header: parent body (regular) over issuing body (bold) on the left, with a
     * short centred rule under it, and national name over the underlined motto on the right, both
     * centred in their column. Decree 30/2020/NĐ-CP underlines the motto over its whole length but
     * puts under the issuing body a rule of one third to one half of its length.
     */
    public static PdfPTable header(String parentBody, String issuingBody, float size) {
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        Paragraph left = new Paragraph();
        left.setAlignment(Element.ALIGN_CENTER);
        if (VietText.cleanToNull(parentBody) != null) {
            left.add(new Chunk(VietText.upper(parentBody) + "\n", PdfFonts.font(Face.SERIF, size)));
        }
        Chunk body = new Chunk(VietText.upper(issuingBody), PdfFonts.font(Face.SERIF_BOLD, size));
        // PdfRendering's IssuingBodyRule draws the rule where the body's text lands
        body.setGenericTag(IssuingBodyRule.tag());
        left.add(body);
        Paragraph right = new Paragraph();
        right.setAlignment(Element.ALIGN_CENTER);
        right.add(new Chunk(NATIONAL_NAME + "\n", PdfFonts.font(Face.SERIF_BOLD, size)));
        right.add(new Chunk(MOTTO, PdfFonts.font(Face.SERIF_BOLD, size + 1, Font.UNDERLINE)));
        table.addCell(plainCell(left, Element.ALIGN_CENTER));
        table.addCell(plainCell(right, Element.ALIGN_CENTER));
        return table;
    }

    /**
     * The row under the header, in the header's columns: the number line ("Số:      /BC-CAT-PV01",
     * the number left blank for the clerk to fill in when the document is registered) centred
     * under the issuing body, and the italic place-and-date line centred under the motto.
     */
    public static PdfPTable numberAndDate(String numberSuffix, String place, LocalDate date, float size) {
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        table.addCell(plainCell(new Paragraph(numberLine(numberSuffix), PdfFonts.font(Face.SERIF, size)),
                Element.ALIGN_CENTER));
        table.addCell(plainCell(new Paragraph(DateLine.placeAndDate(place, date), PdfFonts.font(Face.SERIF_ITALIC, size)),
                Element.ALIGN_CENTER));
        return table;
    }

    /** "Số:         /BC-CAT-PV01": room for the number the clerk writes in by hand. */
    public static String numberLine(String numberSuffix) {
        return "Số:" + " ".repeat(12) + "/" + VietText.clean(numberSuffix);
    }

    /**
     * The foot of a report or letter: "Nơi nhận:" and its lines at the left (bold italic 12 pt
     * over 11 pt, as Decree 30 sets them), the signature block at the right; kept on one page.
     */
    public static PdfPTable recipientsAndSignature(List<String> recipients, List<String> capacityLines,
            String rankAndName, float size) {
        PdfPTable table = new PdfPTable(new float[] {45, 55});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(12);
        Paragraph left = new Paragraph();
        left.setLeading(13f);
        left.add(new Chunk("Nơi nhận:\n", PdfFonts.font(Face.SERIF_BOLD_ITALIC, 12f)));
        for (String line : recipients) {
            left.add(new Chunk(VietText.clean(line) + "\n", PdfFonts.font(Face.SERIF, 11f)));
        }
        PdfPCell recipientsCell = plainCell(left, Element.ALIGN_LEFT);
        recipientsCell.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(recipientsCell);
        table.addCell(plainCell(signatureBlock(capacityLines, rankAndName == null ? "" : rankAndName, size),
                Element.ALIGN_CENTER));
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

    /**
     * A title in bold capitals, centred, broken between phrases ({@link TitleLines}) when wider
     * than {@code width}.
     */
    public static Paragraph title(String text, float size, float width) {
        return heading(VietText.upper(text), Face.SERIF_BOLD, size, width);
    }

    /** A centred heading in the given face, broken between phrases when wider than {@code width}. */
    public static Paragraph heading(String text, Face face, float size, float width) {
        BaseFont font = PdfFonts.base(face);
        // a point of slack: the lines must not wrap again where OpenPDF measures a hair wider
        List<String> lines = TitleLines.split(text, width - 1, s -> font.getWidthPoint(s, size));
        Paragraph p = new Paragraph(String.join("\n", lines), PdfFonts.font(face, size));
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /**
     * The subject line of a document (its "trích yếu"), centred and broken between phrases, with
     * the short centred rule Decree 30/2020/NĐ-CP puts under it ({@link #RULE_SHARE} of its length,
     * under its last line, as under the issuing body). Give the space around it to its neighbours:
     * OpenPDF draws a paragraph's spacing with the paragraph's own font, which here is its default
     * (Helvetica, not embedded), and setting one moves where the tagged lines report themselves.
     */
    public static Paragraph subject(String text, Face face, float size, float width) {
        BaseFont font = PdfFonts.base(face);
        List<String> lines = TitleLines.split(text, width - 1, s -> font.getWidthPoint(s, size));
        // one tagged chunk per line: the rule goes under the last line, measured against the widest
        String tag = IssuingBodyRule.tag();
        Paragraph p = new Paragraph(PdfFonts.font(face, size).getCalculatedLeading(1.5f));
        for (int i = 0; i < lines.size(); i++) {
            Chunk line = new Chunk(lines.get(i), PdfFonts.font(face, size));
            line.setGenericTag(tag);
            p.add(line);
            if (i < lines.size() - 1) {
                p.add(new Chunk("\n", PdfFonts.font(face, size)));
            }
        }
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** The width between the margins, which a heading may fill. */
    public static float textWidth(Document document) {
        return document.right() - document.left();
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
