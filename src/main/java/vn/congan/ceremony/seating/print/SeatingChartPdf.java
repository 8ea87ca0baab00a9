package vn.congan.ceremony.seating.print;

import static vn.congan.ceremony.common.pdf.PdfRendering.mm;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfRendering;
import vn.congan.ceremony.common.pdf.TextFit;
import vn.congan.ceremony.seating.HallLayout;
import vn.congan.ceremony.seating.HallSection;
import vn.congan.ceremony.seating.SeatAssignment;
import vn.congan.ceremony.seating.SeatKey;
import vn.congan.ceremony.seating.SeatingMap;
import vn.congan.ceremony.seating.SeatingSeat;
import vn.congan.ceremony.seating.StageSteps;
import vn.congan.ceremony.seating.Zone;

/**
 * The seating chart on A3 landscape: the stage and its steps at the top, the sections' names
 * above their first row, every row labelled on both sides, each seat with its number, its
 * occupant's name and, for awardees, the batch ("Đợt 3"), zones in colour, and a legend. Drawn
 * at absolute positions so the page matches the hall.
 *
 * <p>The whole hall goes on one page when its names can be printed at {@value #MIN_NAME_SIZE} pt
 * or more on at least two lines, with seat label and batch side by side at
 * {@value #MIN_TOP_SIZE} pt or more. Otherwise the chart is split into {@link Part parts}, one
 * page each: groups of adjacent sections that fit, a section too wide for a page split into
 * seat blocks, and rows split front rows first. A name that still does not fit its seat is
 * shortened with "…" ({@link TextFit}); nothing is dropped.
 */
public final class SeatingChartPdf {

    static final float MIN_NAME_SIZE = 6f;
    static final float MIN_TOP_SIZE = 5f;
    private static final float MARGIN = mm(10);
    private static final float LABEL_WIDTH = mm(8);
    private static final float LEGEND_HEIGHT = mm(14);
    private static final float STAGE_HEIGHT = mm(12);
    /** The extra header line of a multi-page chart: the part shown. */
    private static final float PART_LINE = 16f;
    private static final Color DELEGATE = new Color(0xFB, 0xE3, 0x9C);
    private static final Color AWARDEE = new Color(0xCF, 0xEC, 0xD8);
    private static final Color GENERAL = new Color(0xE6, 0xEC, 0xF2);
    private static final Color BLOCKED = new Color(0xBB, 0xBB, 0xBB);
    private static final Color STAGE = new Color(0x1E, 0x66, 0x3C);
    private static final Rectangle PAGE = PageSize.A3.rotate();

    /**
     * What one page shows: sections {@code fromSection..toSection} (inclusive), of a single
     * section only the seats {@code fromSeat..toSeat} (exclusive; -1 for all), rows
     * {@code fromRow..toRow} (exclusive); {@code block}/{@code blocks} number the seat blocks of a
     * section split sideways (0 when not split).
     */
    record Part(int fromSection, int toSection, int fromSeat, int toSeat, int block, int blocks, int fromRow,
            int toRow) {

        Part withRows(int from, int to) {
            return new Part(fromSection, toSection, fromSeat, toSeat, block, blocks, from, to);
        }

        boolean contains(SeatKey key) {
            return key.section() >= fromSection && key.section() <= toSection && key.row() >= fromRow
                    && key.row() < toRow && (toSeat < 0 || key.seat() >= fromSeat && key.seat() < toSeat);
        }
    }

    /** Where a part goes on its page. */
    private record Geometry(double spanLeft, double spanWidth, float unit, float left, float stageTop,
            float rowsTop, float rowPitch, float seatHeight, float nameSize) {

        float seatWidth() {
            return unit * 0.92f;
        }

        float x(HallLayout layout, SeatKey key) {
            return left + (float) (layout.x(key) - 0.5 - spanLeft) * unit;
        }

        int nameLines(float size) {
            return lines(seatHeight, size);
        }
    }

    private SeatingChartPdf() {
    }

    public static byte[] render(String conferenceTitle, String subtitle, SeatingMap map) {
        List<Part> parts = parts(map);
        return PdfRendering.render(PAGE, MARGIN, MARGIN, MARGIN, MARGIN, "Sơ đồ chỗ ngồi",
                (document, writer) -> {
                    for (int i = 0; i < parts.size(); i++) {
                        if (i > 0) {
                            document.newPage();
                        }
                        draw(writer.getDirectContent(), conferenceTitle, subtitle, map, parts.get(i), i + 1,
                                parts.size());
                    }
                });
    }

    /** The parts of the chart, one page each, in print order; the whole hall when it is readable on one page. */
    static List<Part> parts(SeatingMap map) {
        HallLayout layout = map.layout();
        int sections = layout.sections().size();
        Part whole = new Part(0, sections - 1, 0, -1, 0, 0, 0, layout.rowCount());
        if (readable(map, whole, false)) {
            return List.of(whole);
        }
        List<Part> parts = new ArrayList<>();
        int from = 0;
        while (from < sections) {
            int to = from;
            while (to + 1 < sections && wideEnough(map, group(layout, from, to + 1))) {
                to++;
            }
            Part group = group(layout, from, to);
            if (wideEnough(map, group)) {
                splitRows(map, group, parts);
            } else {
                int seats = layout.sections().get(from).seatsPerRow();
                int blocks = 2;
                while (blocks < seats && !wideEnough(map, block(layout, from, seats, 0, blocks))) {
                    blocks++;
                }
                for (int b = 0; b < blocks; b++) {
                    splitRows(map, block(layout, from, seats, b, blocks), parts);
                }
            }
            from = to + 1;
        }
        return parts;
    }

    private static Part group(HallLayout layout, int from, int to) {
        int rows = layout.sections().subList(from, to + 1).stream().mapToInt(HallSection::rows).max().orElse(0);
        return new Part(from, to, 0, -1, 0, 0, 0, rows);
    }

    private static Part block(HallLayout layout, int section, int seats, int block, int blocks) {
        int size = (seats + blocks - 1) / blocks;
        return new Part(section, section, Math.min(seats, block * size), Math.min(seats, (block + 1) * size),
                block + 1, blocks, 0, layout.sections().get(section).rows());
    }

    /** Front rows first, in as few pages as give every seat room for two lines of names. */
    private static void splitRows(SeatingMap map, Part part, List<Part> parts) {
        int rows = part.toRow() - part.fromRow();
        int perPage = rows;
        while (perPage > 1 && !tallEnough(map.layout(), part.withRows(0, perPage))) {
            perPage--;
        }
        int pages = (rows + perPage - 1) / perPage;
        int size = (rows + pages - 1) / pages;
        for (int from = part.fromRow(); from < part.toRow(); from += size) {
            parts.add(part.withRows(from, Math.min(part.toRow(), from + size)));
        }
    }

    private static boolean readable(SeatingMap map, Part part, boolean multiPage) {
        Geometry g = geometry(map.layout(), part, multiPage);
        return wideEnough(map, part, g) && g.nameLines(g.nameSize()) >= 2;
    }

    /** Rows high enough for two lines of names (the width is checked once per part). */
    private static boolean tallEnough(HallLayout layout, Part part) {
        Geometry g = geometry(layout, part, true);
        return g.nameLines(g.nameSize()) >= 2;
    }

    private static boolean wideEnough(SeatingMap map, Part part) {
        return wideEnough(map, part, geometry(map.layout(), part, true));
    }

    /** Names at the minimum size or more, and every label and batch side by side at the minimum size or more. */
    private static boolean wideEnough(SeatingMap map, Part part, Geometry g) {
        if (g.nameSize() < MIN_NAME_SIZE) {
            return false;
        }
        for (SeatingSeat seat : map.seats()) {
            if (part.contains(seat.key())) {
                String batch = batchText(map, seat);
                if (batch != null && topSize(seat.label(), batch, g.seatWidth(), g.nameSize()) < MIN_TOP_SIZE) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Geometry geometry(HallLayout layout, Part part, boolean multiPage) {
        double spanLeft;
        double spanRight;
        if (part.fromSection() == 0 && part.toSection() == layout.sections().size() - 1 && part.toSeat() < 0) {
            spanLeft = 0;
            spanRight = layout.width();
        } else {
            HallSection last = layout.sections().get(part.toSection());
            int firstSeat = part.toSeat() < 0 ? 0 : part.fromSeat();
            int lastSeat = part.toSeat() < 0 ? last.seatsPerRow() - 1 : part.toSeat() - 1;
            spanLeft = Math.max(0, layout.x(new SeatKey(part.fromSection(), 0, firstSeat)) - 0.5 - HallLayout.AISLE_WIDTH);
            spanRight = Math.min(layout.width(),
                    layout.x(new SeatKey(part.toSection(), 0, lastSeat)) + 0.5 + HallLayout.AISLE_WIDTH);
        }
        double spanWidth = spanRight - spanLeft;
        float pageWidth = PAGE.getWidth();
        float top = PAGE.getHeight() - MARGIN;
        float usableWidth = pageWidth - 2 * MARGIN - 2 * LABEL_WIDTH;
        float unit = (float) Math.min(usableWidth / spanWidth, mm(30));
        float stageTop = top - mm(22) - (multiPage ? PART_LINE : 0);
        float rowsTop = stageTop - STAGE_HEIGHT - mm(6);
        int rows = Math.max(1, part.toRow() - part.fromRow());
        float rowPitch = Math.min((rowsTop - MARGIN - LEGEND_HEIGHT) / rows, mm(22));
        float left = (pageWidth - (float) spanWidth * unit) / 2;
        return new Geometry(spanLeft, spanWidth, unit, left, stageTop, rowsTop, rowPitch, rowPitch * 0.88f,
                Math.min(8f, unit / 7f));
    }

    private static void draw(PdfContentByte cb, String title, String subtitle, SeatingMap map, Part part, int page,
            int pages) {
        HallLayout layout = map.layout();
        float pageWidth = PAGE.getWidth();
        float top = PAGE.getHeight() - MARGIN;
        text(cb, VietText.upper(title), Face.SERIF_BOLD, 16, pageWidth / 2, top - 14, Element.ALIGN_CENTER);
        text(cb, "SƠ ĐỒ CHỖ NGỒI - " + VietText.upper(map.plan().getName()), Face.SERIF_BOLD, 14, pageWidth / 2,
                top - 32, Element.ALIGN_CENTER);
        if (subtitle != null) {
            text(cb, subtitle, Face.SERIF_ITALIC, 11, pageWidth / 2, top - 47, Element.ALIGN_CENTER);
        }
        boolean multiPage = pages > 1;
        Geometry g = geometry(layout, part, multiPage);
        if (multiPage) {
            BaseFont bold = PdfFonts.base(Face.SANS_BOLD);
            String shown = TextFit.fit(partName(layout, part), s -> bold.getWidthPoint(s, 12),
                    pageWidth - 2 * MARGIN);
            text(cb, shown, Face.SANS_BOLD, 12, pageWidth / 2, top - 63, Element.ALIGN_CENTER);
            text(cb, "Trang " + page + "/" + pages, Face.SANS_BOLD, 10, pageWidth - MARGIN - LABEL_WIDTH, MARGIN + 4,
                    Element.ALIGN_RIGHT);
        }

        float spanWidth = (float) g.spanWidth() * g.unit();
        drawStage(cb, layout, g.left(), spanWidth, g.stageTop(), STAGE_HEIGHT, g.spanLeft() <= 0,
                g.spanLeft() + g.spanWidth() >= layout.width() - 1e-9);
        if (layout.sections().size() > 1) {
            drawSectionNames(cb, layout, part, g, g.rowsTop() + mm(1.5f));
        }

        Map<Long, SeatAssignment> occupants = map.bySeatId();
        Map<SeatKey, SeatingSeat> byKey = map.seats().stream()
                .collect(Collectors.toMap(SeatingSeat::key, s -> s));
        for (int row = part.fromRow(); row < part.toRow(); row++) {
            List<SeatKey> seats = layout.row(row).stream().filter(part::contains).toList();
            if (seats.isEmpty()) {
                continue;
            }
            float y = g.rowsTop() - (row - part.fromRow()) * g.rowPitch() - g.seatHeight();
            String label = HallLayout.rowLabel(row);
            text(cb, label, Face.SANS_BOLD, 11, g.left() - LABEL_WIDTH / 2, y + g.seatHeight() / 2 - 4,
                    Element.ALIGN_CENTER);
            text(cb, label, Face.SANS_BOLD, 11, g.left() + spanWidth + LABEL_WIDTH / 2, y + g.seatHeight() / 2 - 4,
                    Element.ALIGN_CENTER);
            for (SeatKey key : seats) {
                SeatingSeat seat = byKey.get(key);
                drawSeat(cb, seat, Optional.ofNullable(occupants.get(seat.getId())), batchText(map, seat),
                        g.x(layout, key), y, g.seatWidth(), g.seatHeight(), g.nameSize());
            }
        }
        drawLegend(cb, MARGIN + LABEL_WIDTH, MARGIN);
    }

    /** "Khu 1, hàng A–M"; a section split sideways adds its block: "Khu 1 (phần 2/3), hàng A–M". */
    static String partName(HallLayout layout, Part part) {
        String sections = layout.sections().subList(part.fromSection(), part.toSection() + 1).stream()
                .map(HallSection::name).collect(Collectors.joining(", "));
        if (part.blocks() > 0) {
            sections += " (phần " + part.block() + "/" + part.blocks() + ")";
        }
        String first = HallLayout.rowLabel(part.fromRow());
        String last = HallLayout.rowLabel(part.toRow() - 1);
        return sections + ", hàng " + (first.equals(last) ? first : first + "–" + last);
    }

    private static String batchText(SeatingMap map, SeatingSeat seat) {
        return seat.isBlocked() ? null : map.batchOf(seat).map(n -> "Đợt " + n).orElse(null);
    }

    private static void drawStage(PdfContentByte cb, HallLayout layout, float left, float width, float top,
            float height, boolean leftWall, boolean rightWall) {
        float stepWidth = mm(22);
        cb.setColorFill(STAGE);
        cb.rectangle(left + stepWidth, top - height, width - 2 * stepWidth, height);
        cb.fill();
        cb.setColorFill(Color.WHITE);
        text(cb, "SÂN KHẤU", Face.SANS_BOLD, 16, left + width / 2, top - height / 2 - 5, Element.ALIGN_CENTER);
        cb.setColorFill(Color.BLACK);
        cb.setLineDash(3, 2);
        // steps beyond the part shown: an arrow points to them
        if (layout.steps() != StageSteps.RIGHT) {
            cb.rectangle(left, top - height, stepWidth - mm(2), height);
            text(cb, leftWall ? "Lối lên" : "← Lối lên", Face.SANS, 10, left + (stepWidth - mm(2)) / 2,
                    top - height / 2 - 4, Element.ALIGN_CENTER);
        }
        if (layout.steps() != StageSteps.LEFT) {
            cb.rectangle(left + width - stepWidth + mm(2), top - height, stepWidth - mm(2), height);
            text(cb, rightWall ? "Lối lên" : "Lối lên →", Face.SANS, 10, left + width - (stepWidth - mm(2)) / 2,
                    top - height / 2 - 4, Element.ALIGN_CENTER);
        }
        cb.stroke();
        cb.setLineDash(0);
    }

    /** Each section's name centred above its first row shown (sections may differ in width and rows). */
    private static void drawSectionNames(PdfContentByte cb, HallLayout layout, Part part, Geometry g, float y) {
        BaseFont font = PdfFonts.base(Face.SANS_BOLD);
        for (int s = part.fromSection(); s <= part.toSection(); s++) {
            HallSection section = layout.sections().get(s);
            int firstSeat = part.toSeat() < 0 ? 0 : part.fromSeat();
            int seats = part.toSeat() < 0 ? section.seatsPerRow() : part.toSeat() - part.fromSeat();
            float from = g.x(layout, new SeatKey(s, 0, firstSeat));
            float width = seats * g.unit();
            String name = section.name();
            float size = 9;
            while (size > 5 && font.getWidthPoint(name, size) > width) {
                size -= 0.5f;
            }
            float fontSize = size;
            name = TextFit.fit(name, t -> font.getWidthPoint(t, fontSize), width);
            cb.setColorFill(Color.DARK_GRAY);
            text(cb, name, Face.SANS_BOLD, size, from + width / 2, y, Element.ALIGN_CENTER);
        }
        cb.setColorFill(Color.BLACK);
    }

    /** The size of label and batch on a seat's top line: smaller in narrow seats so they never touch. */
    private static float topSize(String label, String batch, float w, float nameSize) {
        BaseFont bold = PdfFonts.base(Face.SANS_BOLD);
        float topSize = Math.min(7, nameSize + 1);
        while (batch != null && topSize > 4
                && bold.getWidthPoint(label, topSize) + bold.getWidthPoint(batch, topSize) + 5 > w) {
            topSize -= 0.25f;
        }
        return topSize;
    }

    /** How many lines of names of {@code size} fit below the top line of a seat {@code h} high. */
    private static int lines(float h, float size) {
        return Math.max(1, (int) Math.floor((h - 9 - 0.2f * size) / (size * 1.12f)));
    }

    private static void drawSeat(PdfContentByte cb, SeatingSeat seat, Optional<SeatAssignment> occupant,
            String batch, float x, float y, float w, float h, float nameSize) {
        cb.setColorFill(seat.isBlocked() ? BLOCKED : colour(seat.getZone()));
        cb.setColorStroke(Color.DARK_GRAY);
        cb.setLineWidth(0.5f);
        cb.rectangle(x, y, w, h);
        cb.fillStroke();
        cb.setColorFill(Color.BLACK);
        // the label on the left of the top line, the batch on its right
        float topSize = topSize(seat.label(), occupant.isPresent() ? batch : null, w, nameSize);
        text(cb, seat.label(), Face.SANS_BOLD, topSize, x + 1.5f, y + h - 7, Element.ALIGN_LEFT);
        if (seat.isBlocked()) {
            text(cb, "×", Face.SANS_BOLD, 12, x + w / 2, y + h / 2 - 5, Element.ALIGN_CENTER);
            return;
        }
        occupant.ifPresent(a -> {
            if (batch != null) {
                text(cb, batch, Face.SANS_BOLD, topSize, x + w - 1.5f, y + h - 7, Element.ALIGN_RIGHT);
            }
            drawName(cb, a.getOccupantName(), x, y, w, h, nameSize);
        });
    }

    /**
     * The name centred below the top line, broken at spaces; in smaller type down to the minimum
     * when it needs more lines; shortened with "…" when it does not fit even so.
     */
    private static void drawName(PdfContentByte cb, String name, float x, float y, float w, float h, float nameSize) {
        BaseFont font = PdfFonts.base(Face.SANS);
        float floor = Math.min(MIN_NAME_SIZE, nameSize);
        float size = nameSize;
        List<String> lines = List.of();
        while (true) {
            float s = size;
            lines = TextFit.wrap(name, t -> font.getWidthPoint(t, s), w - 2, lines(h, s));
            if (!lines.isEmpty() || size - 0.25f < floor) {
                break;
            }
            size -= 0.25f;
        }
        if (lines.isEmpty()) {
            size = floor;
            float s = size;
            lines = TextFit.wrapOrShorten(name, t -> font.getWidthPoint(t, s), w - 2, lines(h, s));
        }
        float leading = size * 1.12f;
        for (int i = 0; i < lines.size(); i++) {
            text(cb, lines.get(i), Face.SANS, size, x + w / 2, y + h - 8 - (i + 1) * leading, Element.ALIGN_CENTER);
        }
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
