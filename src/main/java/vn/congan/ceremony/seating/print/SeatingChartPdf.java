package vn.congan.ceremony.seating.print;

import static vn.congan.ceremony.print.pdf.PdfRendering.mm;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.print.pdf.PdfFonts;
import vn.congan.ceremony.print.pdf.PdfFonts.Face;
import vn.congan.ceremony.print.pdf.PdfRendering;
import vn.congan.ceremony.seating.HallLayout;
import vn.congan.ceremony.seating.HallSection;
import vn.congan.ceremony.seating.SeatAssignment;
import vn.congan.ceremony.seating.SeatKey;
import vn.congan.ceremony.seating.SeatingMap;
import vn.congan.ceremony.seating.SeatingSeat;
import vn.congan.ceremony.seating.StageSteps;
import vn.congan.ceremony.seating.Zone;

/**
 * The seating chart on one A3 landscape page: the stage and its steps at the top, the sections'
 * names above their first row, every row labelled on both sides, each seat with its number, its occupant's name and, for awardees,
 * the batch ("Đợt 3"), zones in colour, and a legend. Drawn at absolute positions so the
 * page matches the hall.
 */
public final class SeatingChartPdf {

    private static final float MARGIN = mm(10);
    private static final Color DELEGATE = new Color(0xFB, 0xE3, 0x9C);
    private static final Color AWARDEE = new Color(0xCF, 0xEC, 0xD8);
    private static final Color GENERAL = new Color(0xE6, 0xEC, 0xF2);
    private static final Color BLOCKED = new Color(0xBB, 0xBB, 0xBB);
    private static final Color STAGE = new Color(0x1E, 0x66, 0x3C);

    private SeatingChartPdf() {
    }

    public static byte[] render(String conferenceTitle, String subtitle, SeatingMap map) {
        return PdfRendering.render(PageSize.A3.rotate(), MARGIN, MARGIN, MARGIN, MARGIN, "Sơ đồ chỗ ngồi",
                (document, writer) -> draw(writer.getDirectContent(), document.getPageSize().getWidth(),
                        document.getPageSize().getHeight(), conferenceTitle, subtitle, map));
    }

    private static void draw(PdfContentByte cb, float pageWidth, float pageHeight, String title, String subtitle,
            SeatingMap map) {
        HallLayout layout = map.layout();
        float top = pageHeight - MARGIN;
        text(cb, VietText.upper(title), Face.SERIF_BOLD, 16, pageWidth / 2, top - 14, Element.ALIGN_CENTER);
        text(cb, "SƠ ĐỒ CHỖ NGỒI - " + VietText.upper(map.plan().getName()), Face.SERIF_BOLD, 14, pageWidth / 2,
                top - 32, Element.ALIGN_CENTER);
        if (subtitle != null) {
            text(cb, subtitle, Face.SERIF_ITALIC, 11, pageWidth / 2, top - 47, Element.ALIGN_CENTER);
        }

        float legendHeight = mm(14);
        float labelWidth = mm(8);
        float usableWidth = pageWidth - 2 * MARGIN - 2 * labelWidth;
        float unit = (float) Math.min(usableWidth / layout.width(), mm(30));
        float stageTop = top - mm(22);
        float stageHeight = mm(12);
        float rowsTop = stageTop - stageHeight - mm(6);
        float rowPitch = Math.min((rowsTop - MARGIN - legendHeight) / layout.rowCount(), mm(22));
        float seatHeight = rowPitch * 0.88f;
        float left = (pageWidth - (float) layout.width() * unit) / 2;

        drawStage(cb, layout, left, unit, stageTop, stageHeight);
        if (layout.sections().size() > 1) {
            drawSectionNames(cb, layout, left, unit, rowsTop + mm(1.5f));
        }

        Map<Long, SeatAssignment> occupants = map.bySeatId();
        Map<SeatKey, SeatingSeat> byKey = map.seats().stream()
                .collect(Collectors.toMap(SeatingSeat::key, s -> s));
        float nameSize = Math.max(4.5f, Math.min(8f, unit / 7f));
        for (int row = 0; row < layout.rowCount(); row++) {
            float y = rowsTop - row * rowPitch - seatHeight;
            String label = HallLayout.rowLabel(row);
            text(cb, label, Face.SANS_BOLD, 11, left - labelWidth / 2, y + seatHeight / 2 - 4, Element.ALIGN_CENTER);
            text(cb, label, Face.SANS_BOLD, 11, left + (float) layout.width() * unit + labelWidth / 2,
                    y + seatHeight / 2 - 4, Element.ALIGN_CENTER);
            for (SeatKey key : layout.row(row)) {
                SeatingSeat seat = byKey.get(key);
                float x = left + (float) (layout.x(key) - 0.5) * unit;
                drawSeat(cb, seat, Optional.ofNullable(occupants.get(seat.getId())), map.batchOf(seat).orElse(null), x, y,
                        unit * 0.92f, seatHeight, nameSize);
            }
        }
        drawLegend(cb, MARGIN + labelWidth, MARGIN);
    }

    private static void drawStage(PdfContentByte cb, HallLayout layout, float left, float unit, float top, float height) {
        float width = (float) layout.width() * unit;
        float stepWidth = mm(22);
        cb.setColorFill(STAGE);
        cb.rectangle(left + stepWidth, top - height, width - 2 * stepWidth, height);
        cb.fill();
        cb.setColorFill(Color.WHITE);
        text(cb, "SÂN KHẤU", Face.SANS_BOLD, 16, left + width / 2, top - height / 2 - 5, Element.ALIGN_CENTER);
        cb.setColorFill(Color.BLACK);
        cb.setLineDash(3, 2);
        if (layout.steps() != StageSteps.RIGHT) {
            cb.rectangle(left, top - height, stepWidth - mm(2), height);
            text(cb, "Lối lên", Face.SANS, 10, left + (stepWidth - mm(2)) / 2, top - height / 2 - 4, Element.ALIGN_CENTER);
        }
        if (layout.steps() != StageSteps.LEFT) {
            cb.rectangle(left + width - stepWidth + mm(2), top - height, stepWidth - mm(2), height);
            text(cb, "Lối lên", Face.SANS, 10, left + width - (stepWidth - mm(2)) / 2, top - height / 2 - 4,
                    Element.ALIGN_CENTER);
        }
        cb.stroke();
        cb.setLineDash(0);
    }

    /** Each section's name centred above its row A (sections may differ in width and rows). */
    private static void drawSectionNames(PdfContentByte cb, HallLayout layout, float left, float unit, float y) {
        BaseFont font = PdfFonts.base(Face.SANS_BOLD);
        for (int s = 0; s < layout.sections().size(); s++) {
            HallSection section = layout.sections().get(s);
            float from = left + (float) (layout.x(new SeatKey(s, 0, 0)) - 0.5) * unit;
            float width = section.seatsPerRow() * unit;
            String name = section.name();
            float size = 9;
            while (size > 5 && font.getWidthPoint(name, size) > width) {
                size -= 0.5f;
            }
            while (name.length() > 1 && font.getWidthPoint(name, size) > width) {
                name = name.substring(0, name.length() - 2) + "…";
            }
            cb.setColorFill(Color.DARK_GRAY);
            text(cb, name, Face.SANS_BOLD, size, from + width / 2, y, Element.ALIGN_CENTER);
        }
        cb.setColorFill(Color.BLACK);
    }

    private static void drawSeat(PdfContentByte cb, SeatingSeat seat, Optional<SeatAssignment> occupant,
            Integer batchNow, float x,
            float y, float w, float h, float nameSize) {
        cb.setColorFill(seat.isBlocked() ? BLOCKED : colour(seat.getZone()));
        cb.setColorStroke(Color.DARK_GRAY);
        cb.setLineWidth(0.5f);
        cb.rectangle(x, y, w, h);
        cb.fillStroke();
        cb.setColorFill(Color.BLACK);
        String batch = seat.isBlocked() ? null
                : Optional.ofNullable(batchNow).map(n -> "Đợt " + n).orElse(null);
        // the label on the left of the top line, the batch on its right: smaller type in narrow seats so they never touch
        BaseFont bold = PdfFonts.base(Face.SANS_BOLD);
        float topSize = Math.min(7, nameSize + 1);
        while (batch != null && topSize > 4
                && bold.getWidthPoint(seat.label(), topSize) + bold.getWidthPoint(batch, topSize) + 5 > w) {
            topSize -= 0.25f;
        }
        text(cb, seat.label(), Face.SANS_BOLD, topSize, x + 1.5f, y + h - 7, Element.ALIGN_LEFT);
        if (seat.isBlocked()) {
            text(cb, "×", Face.SANS_BOLD, 12, x + w / 2, y + h / 2 - 5, Element.ALIGN_CENTER);
            return;
        }
        float batchSize = topSize;
        occupant.ifPresent(a -> {
            if (batch != null) {
                text(cb, batch, Face.SANS_BOLD, batchSize, x + w - 1.5f, y + h - 7, Element.ALIGN_RIGHT);
            }
            ColumnText column = new ColumnText(cb);
            column.setSimpleColumn(x + 1, y + 1, x + w - 1, y + h - 8);
            column.setAlignment(Element.ALIGN_CENTER);
            column.setLeading(nameSize * 1.12f);
            column.addText(new Phrase(a.getOccupantName(), PdfFonts.font(Face.SANS, nameSize)));
            try {
                column.go();
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void drawLegend(PdfContentByte cb, float x, float y) {
        List<Object[]> items = List.of(new Object[] {DELEGATE, "Khu đại biểu"}, new Object[] {AWARDEE,
            "Khu khen thưởng (Đợt n: đợt trao thưởng, ngồi theo thứ tự lên sân khấu)"},
                new Object[] {GENERAL, "Khu chung"}, new Object[] {BLOCKED, "Ghế không sử dụng (×)"});
        float cursor = x;
        for (Object[] item : items) {
            cb.setColorFill((Color) item[0]);
            cb.setColorStroke(Color.DARK_GRAY);
            cb.rectangle(cursor, y + 2, 14, 10);
            cb.fillStroke();
            cb.setColorFill(Color.BLACK);
            String label = (String) item[1];
            text(cb, label, Face.SANS, 10, cursor + 18, y + 4, Element.ALIGN_LEFT);
            cursor += 30 + PdfFonts.base(Face.SANS).getWidthPoint(label, 10);
        }
    }

    private static Color colour(Zone zone) {
        return switch (zone) {
            case DELEGATE -> DELEGATE;
            case AWARDEE -> AWARDEE;
            case GENERAL -> GENERAL;
        };
    }

    private static void text(PdfContentByte cb, String text, Face face, float size, float x, float y, int align) {
        BaseFont font = PdfFonts.base(face);
        cb.beginText();
        cb.setFontAndSize(font, size);
        float width = font.getWidthPoint(text, size);
        float start = align == Element.ALIGN_CENTER ? x - width / 2 : align == Element.ALIGN_RIGHT ? x - width : x;
        cb.setTextMatrix(start, y);
        cb.showText(text);
        cb.endText();
    }
}
