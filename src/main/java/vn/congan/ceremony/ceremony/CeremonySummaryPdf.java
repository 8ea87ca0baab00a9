package vn.congan.ceremony.ceremony;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import vn.congan.ceremony.award.AwardCount;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.common.pdf.OfficialDocument;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfRendering;

/** The ceremony report on A4: counts, absences, received on behalf, timeline, news draft. */
public final class CeremonySummaryPdf {

    private static final float SIZE = 12f;

    private CeremonySummaryPdf() {
    }

    public static byte[] render(CeremonySummary s) {
        return PdfRendering.render(PageSize.A4, PdfRendering.mm(30), PdfRendering.mm(20), PdfRendering.mm(20),
                PdfRendering.mm(20), "Báo cáo kết quả lễ trao khen thưởng", (document, writer) -> {
                    document.add(OfficialDocument.header(s.parentBody(), s.department(), SIZE));
                    document.add(OfficialDocument.dateLine(s.place(), s.date(), SIZE));
                    float width = OfficialDocument.textWidth(document);
                    Paragraph title = OfficialDocument.title("Báo cáo kết quả lễ trao khen thưởng", 14f, width);
                    title.setSpacingBefore(12);
                    document.add(title);
                    document.add(OfficialDocument.heading(s.conferenceTitle(), Face.SERIF_BOLD, SIZE, width));
                    section(document, "1. Số lượng khen thưởng");
                    document.add(counts(s.counts()));
                    if (s.notInBatch() > 0) {
                        document.add(new Paragraph("Ngoài ra " + s.notInBatch() + " người nhận khen thưởng chưa "
                                + "được xếp vào đợt trao nào (không tính ở trên).", PdfFonts.font(Face.SERIF, SIZE)));
                    }
                    section(document, "2. Vắng mặt (" + s.absent().size() + ")");
                    lines(document, s.absent(), false);
                    section(document, "3. Nhận thay (" + s.onBehalf().size() + ")");
                    lines(document, s.onBehalf(), true);
                    section(document, "4. Thời gian thực tế so với kế hoạch");
                    document.add(timeline(s.timeline()));
                    section(document, "5. Dự thảo tin bài");
                    for (String paragraph : s.newsDraft().split("\n\n")) {
                        Paragraph p = new Paragraph(paragraph, PdfFonts.font(Face.SERIF, SIZE));
                        p.setAlignment(Element.ALIGN_JUSTIFIED);
                        p.setFirstLineIndent(PdfRendering.mm(10));
                        p.setSpacingAfter(4);
                        document.add(p);
                    }
                });
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
            Paragraph p = new Paragraph(text, PdfFonts.font(Face.SERIF, SIZE));
            p.setIndentationLeft(PdfRendering.mm(5));
            document.add(p);
        }
    }

    private static PdfPTable timeline(List<CeremonySummary.TimelineRow> rows) {
        PdfPTable table = table(new float[] {46, 14, 14, 13, 13}, "Nội dung", "Kế hoạch", "Thực tế", "Số phút",
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
            PdfPCell cell = new PdfPCell(new Phrase(header, PdfFonts.font(Face.SERIF_BOLD, 11f)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.font(Face.SERIF, 11f)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }
}
