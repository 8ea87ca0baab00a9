package vn.congan.ceremony.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.congan.ceremony.common.text.TitleLines;
import vn.congan.ceremony.seating.print.SeatingChartPdf;
import vn.congan.ceremony.testsupport.PdfDrawing;

/**
 * The chart of halls too large for one readable A3 page, built directly as a {@link SeatingMap}
 * (no database): split over pages, and every name printed whole or visibly shortened with "…".
 */
class SeatingChartLargeHallTest {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quốc", "Thị Thanh", "Hữu", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hùng", "Nguyệt", "Phương", "Quỳnh",
        "Thắng", "Tường", "Xuân", "Yến", "Khuê", "Trường"};

    @Test
    void aTwoThousandSeatHallIsSplitOverPagesWithEveryNameReadable() throws IOException {
        SeatingMap map = seated(List.of(new HallSection("Khu 1", 25, 20), new HallSection("Khu 2", 25, 20),
                new HallSection("Khu 3", 25, 20), new HallSection("Khu 4", 25, 20)), SeatNumbering.ODD_EVEN_FROM_CENTRE);
        assertThat(map.bySeatId()).hasSize(2000);
        byte[] pdf = SeatingChartPdf.render("Hội nghị tổng kết phong trào thi đua", "Hội trường lớn, ngày 1 tháng 12 năm 2026",
                map);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "seating-chart-2000.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                String page = pageText(doc, p);
                assertThat(page).contains("Trang " + p + "/" + pages, "SÂN KHẤU", "Lối lên", "Khu khen thưởng",
                        "SƠ ĐỒ CHỖ NGỒI");
                assertThat(page).containsPattern("Khu \\d, hàng [A-Y]–[A-Y]");
                all.append(page).append(' ');
            }
            String text = all.toString();
            assertThat(text).contains("Khu 1, hàng A–", "Khu 4, hàng ", "–Y");
            int shortened = 0;
            for (SeatAssignment a : map.bySeatId().values()) {
                String name = a.getOccupantName();
                if (text.contains(name)) {
                    continue;
                }
                shortened++;
                assertThat(visiblyShortened(text, name)).as(name).isTrue();
            }
            // only the deliberately overlong names are shortened
            assertThat(shortened).isLessThanOrEqualTo(20);
            assertThat(text).contains("Đợt 1 ", "Đợt 100");
        }
    }

    @Test
    void aSectionTooWideForAPageIsSplitIntoSeatBlocks() throws IOException {
        SeatingMap map = seated(List.of(new HallSection("Khu giữa", 4, 60)), SeatNumbering.LEFT_TO_RIGHT);
        byte[] pdf = SeatingChartPdf.render("Hội nghị", null, map);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "seating-chart-wide.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String first = pageText(doc, 1);
            assertThat(first).contains("Khu giữa (phần 1/" + pages + "), hàng A–D", "Trang 1/" + pages, "A1 ");
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                all.append(pageText(doc, p)).append(' ');
            }
            for (SeatAssignment a : map.bySeatId().values()) {
                String name = a.getOccupantName();
                assertThat(all.toString().contains(name) || visiblyShortened(all.toString(), name)).as(name).isTrue();
            }
        }
    }

    /**
     * Read back glyph by glyph: every name glyph is at least 8 pt and lies inside its seat box;
     * both ends of every row carry its label at 18 pt, outside the seats; the section's name is
     * at least 11 pt.
     */
    @Test
    void namesAreAtLeastEightPointInsideTheirSeatsAndRowLabelsReadableAtBothEnds() throws IOException {
        SeatingMap map = seated(List.of(new HallSection("Khu 1", 25, 20), new HallSection("Khu 2", 25, 20),
                new HallSection("Khu 3", 25, 20), new HallSection("Khu 4", 25, 20)), SeatNumbering.ODD_EVEN_FROM_CENTRE);
        byte[] pdf = SeatingChartPdf.render("Hội nghị tổng kết phong trào thi đua", null, map);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<PdfDrawing.Box> boxes = PdfDrawing.rectangles(pdf, p);
                // the seats: the boxes of the most common size
                Map<String, Long> sizes = boxes.stream().collect(Collectors.groupingBy(
                        b -> Math.round(b.width()) + "x" + Math.round(b.height()), Collectors.counting()));
                String seatSize = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                List<PdfDrawing.Box> seats = boxes.stream()
                        .filter(b -> (Math.round(b.width()) + "x" + Math.round(b.height())).equals(seatSize)).toList();
                assertThat(seats).hasSizeGreaterThan(100);
                List<PdfDrawing.Box> steps = boxes.stream().filter(b -> b.width() > 40)
                        .filter(b -> !(Math.round(b.width()) + "x" + Math.round(b.height())).equals(seatSize)).toList();
                double seatsLeft = seats.stream().mapToDouble(PdfDrawing.Box::left).min().orElseThrow();
                double seatsRight = seats.stream().mapToDouble(PdfDrawing.Box::right).max().orElseThrow();
                List<TextPosition> glyphs = PdfDrawing.glyphs(doc, p);

                int names = 0;
                for (TextPosition g : glyphs) {
                    boolean bold = g.getFont().getName().contains("Bold");
                    String font = g.getFont().getName();
                    if (bold || !font.contains("Sans") || g.getUnicode().isBlank()) {
                        continue;
                    }
                    java.awt.geom.Point2D at = PdfDrawing.display(doc.getPage(p - 1),
                            g.getTextMatrix().getTranslateX(), g.getTextMatrix().getTranslateY());
                    double baseline = at.getY();
                    if (baseline < 40) {
                        continue; // the legend
                    }
                    double size = g.getFontSizeInPt();
                    double left = at.getX();
                    double right = left + g.getWidthDirAdj();
                    double bottom = baseline - 0.22 * size;
                    double top = baseline + 0.75 * size;
                    boolean inStep = steps.stream().anyMatch(b -> b.holds(left, bottom, right, top, 0.5));
                    if (inStep) {
                        continue; // "Lối lên"
                    }
                    names++;
                    assertThat(size).as("page %d: name glyph '%s'", p, g.getUnicode()).isGreaterThanOrEqualTo(8.0);
                    assertThat(seats.stream().anyMatch(b -> b.holds(left, bottom, right, top, 0.5)))
                            .as("page %d: '%s' at %.1f;%.1f inside a seat box", p, g.getUnicode(), left, baseline)
                            .isTrue();
                }
                assertThat(names).as("page %d names", p).isGreaterThan(1000);

                int page = p;
                Map<String, List<TextPosition>> labels = glyphs.stream()
                        .filter(g -> g.getFontSizeInPt() >= 18 && g.getUnicode().matches("[A-Z]"))
                        .collect(Collectors.groupingBy(TextPosition::getUnicode));
                String part = pageText(doc, p);
                Matcher rows = Pattern.compile("hàng ([A-Y])–([A-Y])").matcher(part);
                assertThat(rows.find()).isTrue();
                for (char row = rows.group(1).charAt(0); row <= rows.group(2).charAt(0); row++) {
                    List<TextPosition> both = labels.getOrDefault(String.valueOf(row), List.of());
                    assertThat(both).as("page %d row %s labelled at both ends", p, row).hasSize(2);
                    assertThat(both.stream().anyMatch(g -> x(doc, page, g) + g.getWidthDirAdj() < seatsLeft)).isTrue();
                    assertThat(both.stream().anyMatch(g -> x(doc, page, g) > seatsRight)).isTrue();
                }
                assertThat(glyphs.stream().filter(g -> g.getUnicode().equals("K") && g.getFontSizeInPt() >= 11
                        && g.getFont().getName().contains("Sans"))).as("section name").isNotEmpty();
            }
        }
    }

    @Test
    void aLongTitleBreaksBetweenPhrases() {
        SeatingMap map = seated(List.of(new HallSection("Khu giữa", 4, 8)), SeatNumbering.LEFT_TO_RIGHT);
        String title = "Hội nghị tổng kết Phong trào thi đua đặc biệt thực hiện 50 năm Di chúc của Chủ tịch Hồ Chí "
                + "Minh và kỷ niệm 75 năm Ngày truyền thống lực lượng Công an nhân dân";
        byte[] pdf = SeatingChartPdf.render(title, null, map);
        List<String> lines = PdfDrawing.lines(pdf).stream().filter(l -> l.size() == 16.0 && l.baseline() > 700)
                .map(l -> l.text().strip()).toList();
        assertThat(lines).hasSize(2);
        assertThat(String.join(" ", lines)).isEqualTo(title.toUpperCase(Locale.forLanguageTag("vi")));
        assertThat(TitleLines.breaks(lines)).isEqualTo(TitleLines.Breaks.PHRASES);
    }

    private static double x(PDDocument doc, int page, TextPosition g) {
        return PdfDrawing.display(doc.getPage(page - 1), g.getTextMatrix().getTranslateX(),
                g.getTextMatrix().getTranslateY()).getX();
    }

    /** Some prefix of the name (at least its first letter), then "…". */
    private static boolean visiblyShortened(String text, String name) {
        Matcher m = Pattern.compile("(\\S[^…]*?)…").matcher(text);
        while (m.find()) {
            for (int start = m.start(); start < m.end() - 1; start++) {
                String prefix = text.substring(start, m.end() - 1);
                if (!prefix.isBlank() && name.startsWith(prefix) && Character.isLetter(prefix.charAt(0))
                        && (start == 0 || Character.isWhitespace(text.charAt(start - 1)))
                        && prefix.length() >= Math.min(name.length(), 6)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    /**
     * Rows A–B delegates, the middle rows awardees in batches of 10 (in seat order), the last two
     * rows general; everyone seated; every 100th name overlong.
     */
    static SeatingMap seated(List<HallSection> sections, SeatNumbering numbering) {
        SeatingPlan plan = SeatingPlan.forConference(null, "Hội trường lớn");
        plan.setNumbering(numbering);
        plan.setStageSteps(StageSteps.BOTH);
        plan.setSideAisles(true);
        plan.setSections(sections);
        HallLayout layout = plan.layout();
        List<SeatingSeat> seats = new ArrayList<>();
        Map<Long, SeatAssignment> occupants = new HashMap<>();
        Map<Long, Integer> batches = new HashMap<>();
        long id = 0;
        int awardees = 0;
        for (SeatKey key : layout.seats()) {
            SeatingSeat seat = new SeatingSeat(plan, layout, key);
            ReflectionTestUtils.setField(seat, "id", ++id);
            int rows = layout.sections().get(key.section()).rows();
            Zone zone = key.row() < 2 ? Zone.DELEGATE : key.row() >= rows - 2 ? Zone.GENERAL : Zone.AWARDEE;
            seat.setZone(zone);
            seats.add(seat);
            int n = (int) id;
            String name = FAMILY[n % FAMILY.length] + " " + MIDDLE[(n / 3) % MIDDLE.length] + " "
                    + GIVEN[(n / 7) % GIVEN.length];
            if (n % 100 == 0) {
                name = "Tôn Nữ Hoàng Thị Phương Nguyệt Khuê Quỳnh Như Ý " + n;
            }
            Occupant.Kind kind = switch (zone) {
                case DELEGATE -> Occupant.Kind.DELEGATE;
                case AWARDEE -> Occupant.Kind.AWARDEE;
                case GENERAL -> Occupant.Kind.GENERAL;
            };
            occupants.put(id, new SeatAssignment(plan, seat, kind, name));
            if (kind == Occupant.Kind.AWARDEE) {
                batches.put(id, awardees++ / 10 + 1);
            }
        }
        return new SeatingMap(plan, layout, seats, occupants,
                new StageOrderCheck.Report(List.of(), 0, List.of(), batches));
    }
}
