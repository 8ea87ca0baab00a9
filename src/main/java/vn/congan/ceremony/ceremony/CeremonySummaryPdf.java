package vn.congan.ceremony.ceremony;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import vn.congan.ceremony.award.AwardCount;
import vn.congan.ceremony.common.pdf.OfficialDocument;
import vn.congan.ceremony.common.pdf.PageNumbers;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfRendering;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.common.text.FileNames;

/**
 * The ceremony report on A4 in the form of Decree 30/2020/NĐ-CP: the department's header with
 * the short rule, the number line ("Số:      /BC-CAT-PV01") and the place-and-date line, the
 * title "BÁO CÁO" over its subject broken between phrases, the body in 13 pt (counts, absences,
 * received on behalf, timeline, news draft), then "Nơi nhận" at the bottom left and the
 * signature block at the bottom right. Until the ceremony has finished every page is marked
 * {@link #DRAFT_MARK} at the top.
 */
public final class CeremonySummaryPdf {

    /** Header, body and signature: Decree 30 asks 13 to 14 pt. */
    static final float SIZE = 13f;
    private static final float TITLE_SIZE = 14f;
    private static final float HEADER_SIZE = 12f;
    private static final float TABLE_SIZE = 12f;
    public static final String DRAFT_MARK = "DỰ THẢO – số liệu tạm thời";
    public static final String SUBJECT = "Kết quả lễ trao khen thưởng";

    private CeremonySummaryPdf() {
    }

    /** "du-thao-bao-cao-le-trao-khen-thuong-2020-11-20.pdf" until the ceremony has finished. */
    public static String fileName(CeremonySummary s) {
        return FileNames.of("pdf", s.finished() ? null : "dự thảo", "báo cáo lễ trao khen thưởng", s.date());
    }

    public static byte[] render(CeremonySummary s) {
        return PdfRendering.render(PageSize.A4, PdfRendering.mm(30), PdfRendering.mm(20), PdfRendering.mm(20),
                PdfRendering.mm(20), (s.finished() ? "" : "Dự thảo - ") + "Báo cáo " + SUBJECT.toLowerCase(),
                (document, writer) -> {
                    writer.setPageEvent(new PageNumbers(SIZE)); // from page 2, top centre (Decree 30)
                    if (!s.finished()) {
                        writer.setPageEvent(new DraftMark());
                    }
                    // the national name at 12 pt fits its column on one line (Decree 30: 12-13 pt)
                    document.add(OfficialDocument.header(s.parentBody(), s.department(), HEADER_SIZE));
                    document.add(OfficialDocument.numberAndDate(s.form().numberSuffix(), s.place(), s.date(), SIZE));
                    float width = OfficialDocument.textWidth(document);
                    Paragraph title = OfficialDocument.title("Báo cáo", TITLE_SIZE, width);
                    title.setSpacingBefore(14);
                    document.add(title);
                    Paragraph subject = OfficialDocument.subject(SUBJECT + " tại " + s.conferenceTitle(),
                            Face.SERIF_BOLD, TITLE_SIZE, width * 0.85f);
                    document.add(subject); // no spacing of its own (see OfficialDocument.subject)
                    if (!s.finished()) {
                        Paragraph provisional = new Paragraph("(Lễ trao khen thưởng chưa kết thúc; các số liệu dưới "
                                + "đây là tạm thời.)", PdfFonts.font(Face.SERIF_ITALIC, SIZE));
                        provisional.setAlignment(Element.ALIGN_CENTER);
                        provisional.setLeading(1.5f * SIZE + 8); // 8 pt below the subject, one line
                        document.add(provisional);
                    }
                    section(document, "1. Số lượng khen thưởng");
                    document.add(counts(s.counts()));
                    if (s.notInBatch() > 0) {
                        document.add(body("Ngoài ra " + s.notInBatch() + " người nhận khen thưởng chưa "
                                + "được xếp vào đợt trao nào (không tính ở trên)."));
                    }
                    section(document, "2. Vắng mặt (" + s.absent().size() + ")");
                    lines(document, s.absent(), false);
                    section(document, "3. Nhận thay (" + s.onBehalf().size() + ")");
                    lines(document, s.onBehalf(), true);
                    section(document, "4. Thời gian thực tế so với kế hoạch");
                    document.add(timeline(s.timeline()));
                    section(document, "5. Dự thảo tin bài");
                    // the report lists absences and proxies above; the draft's internal note stays on the page
                    for (String paragraph : NewsDraft.publishable(s.newsDraft()).split("\n\n")) {
                        Paragraph p = body(paragraph);
                        p.setAlignment(Element.ALIGN_JUSTIFIED);
                        p.setFirstLineIndent(PdfRendering.mm(10));
                        p.setSpacingAfter(4);
                        document.add(p);
                    }
                    ReportForm form = s.form();
                    document.add(OfficialDocument.recipientsAndSignature(form.recipients(), form.capacityLines(),
                            form.signerName(), SIZE));
                });
    }

    /** "DỰ THẢO – số liệu tạm thời" in a box at the top right of every page, in the margin. */
    private static final class DraftMark extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            BaseFont font = PdfFonts.base(Face.SERIF_BOLD);
            float width = font.getWidthPoint(DRAFT_MARK, SIZE);
            float right = document.right();
            float baseline = document.getPageSize().getHeight() - PdfRendering.mm(12);
            canvas.saveState();
            canvas.setLineWidth(0.8f);
            canvas.rectangle(right - width - 8, baseline - 5, width + 8, SIZE + 7);
            canvas.stroke();
            canvas.beginText();
            canvas.setFontAndSize(font, SIZE);
            canvas.setTextMatrix(right - width - 4, baseline);
            canvas.showText(DRAFT_MARK);
            canvas.endText();
            canvas.restoreState();
        }
    }

    private static Paragraph body(String text) {
        return new Paragraph(text, PdfFonts.font(Face.SERIF, SIZE));
    }

    private static void section(Document document, String text) {
        Paragraph p = new Paragraph(text, PdfFonts.font(Face.SERIF_BOLD, SIZE));
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPTable counts(List<AwardCount> counts) {
        PdfPTable table = table(new float[] {48, 12, 12, 28}, "Hình thức khen thưởng", "Tập thể", "Cá nhân", "Kết quả");
        for (AwardCount c : counts) {
            cell(table, c.formName(), Element.ALIGN_LEFT);
            cell(table, Long.toString(c.collectives()), Element.ALIGN_CENTER);
            cell(table, Long.toString(c.individuals()), Element.ALIGN_CENTER);
            cell(table, NewsDraft.countPhrase(c.collectives(), c.individuals()), Element.ALIGN_LEFT);
        }
        return table;
    }

    private static void lines(Document document, List<CeremonySummary.Line> lines, boolean withReceiver) {
        if (lines.isEmpty()) {
            document.add(new Paragraph("Không có.", PdfFonts.font(Face.SERIF_ITALIC, SIZE)));
            return;
        }
        int number = 1;
        for (CeremonySummary.Line line : lines) {
            String text = number++ + ". " + line.recipient() + " (" + line.formName() + ")"
                    + (withReceiver ? " — người nhận thay: " + line.receivedBy() : "");
            Paragraph p = body(text);
            p.setIndentationLeft(PdfRendering.mm(5));
            document.add(p);
        }
    }

    private static PdfPTable timeline(List<CeremonySummary.TimelineRow> rows) {
        PdfPTable table = table(new float[] {40, 14, 14, 14, 18}, "Nội dung", "Kế hoạch", "Thực tế", "Số phút",
                "Chênh lệch");
        for (CeremonySummary.TimelineRow row : rows) {
            cell(table, row.title(), Element.ALIGN_LEFT);
            cell(table, DateLine.time(row.plannedStart()), Element.ALIGN_CENTER);
            cell(table, row.actualStart() == null ? "—" : DateLine.time(row.actualStart()), Element.ALIGN_CENTER);
            cell(table, row.plannedMinutes() + " / " + (row.actualMinutes() == null ? "—" : row.actualMinutes()),
                    Element.ALIGN_CENTER);
            Integer delay = row.delayMinutes();
            cell(table, delay == null ? "—" : delay == 0 ? "đúng giờ" : delay > 0 ? "chậm " + delay
                    : "sớm " + (-delay), Element.ALIGN_CENTER);
        }
        return table;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, PdfFonts.font(Face.SERIF_BOLD, TABLE_SIZE)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.font(Face.SERIF, TABLE_SIZE)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }
}
