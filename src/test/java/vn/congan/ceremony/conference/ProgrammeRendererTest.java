package vn.congan.ceremony.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.congan.ceremony.organisation.OrgSettings;

class ProgrammeRendererTest {

    private final OrgSettings org = new OrgSettings("Bộ Công an", "Công an tỉnh Bình An", "Bình An");

    private static AgendaPlan plan(Conference conference, List<TypicalProgramme.Item> template) {
        List<AgendaItem> items = new ArrayList<>();
        List<AgendaSchedule.Timing> timings = new ArrayList<>();
        int position = 1;
        for (TypicalProgramme.Item t : template) {
            AgendaItem item = new AgendaItem(conference, position, t.type(), t.title(), t.durationMinutes());
            ReflectionTestUtils.setField(item, "id", (long) position++);
            item.setResponsibleText(t.responsible());
            item.setFixedStart(t.fixedStart());
            items.add(item);
            timings.add(new AgendaSchedule.Timing(t.durationMinutes(), t.fixedStart()));
        }
        AgendaSchedule schedule = AgendaSchedule.compute(conference.getStartTime(), conference.getPlannedEndTime(),
                timings);
        List<ScheduledItem> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(new ScheduledItem(items.get(i), schedule.slot(i), timings.get(i).durationMinutes(), List.of()));
        }
        return new AgendaPlan(conference, rows, schedule);
    }

    private static Conference demoConference() {
        Conference c = new Conference("Hội nghị tổng kết Phong trào thi đua đặc biệt", LocalDate.of(2020, 11, 20),
                LocalTime.of(7, 30));
        c.setVenue("Hội trường Công an tỉnh Bình An");
        c.setPlannedEndTime(LocalTime.of(11, 0));
        return c;
    }

    private static String text(PDDocument doc, int page) throws IOException {
        return text(doc, page, false);
    }

    /** Sorted by position puts the page number (written last, at the top) first. */
    private static String text(PDDocument doc, int page, boolean sortByPosition) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(sortByPosition);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        // a no-break space keeps word groups together; read it as the space it shows
        return stripper.getText(doc).replace('\u00A0', ' ');
    }

    @Test
    void theProgrammeCarriesHeaderTitleTimeVenueAndTheItemsInOrderWithTheirTimes() throws IOException {
        byte[] pdf = ProgrammeRenderer.render(org, plan(demoConference(), TypicalProgramme.items()));
        Files.write(Path.of("target/programme-test.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(595f, offset(1f));
            assertThat(box.getHeight()).isCloseTo(842f, offset(1f));
            String text = text(doc, 1);
            assertThat(text).contains("BỘ CÔNG AN", "CÔNG AN TỈNH BÌNH AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "CHƯƠNG TRÌNH HỘI NGHỊ",
                    "Hội nghị tổng kết Phong trào thi đua đặc biệt",
                    "Thời gian: 07 giờ 30, ngày 20 tháng 11 năm 2020", "Địa điểm: Hội trường Công an tỉnh Bình An",
                    "Thời gian", "Nội dung", "Người thực hiện");
            List<String> expected = List.of("07 giờ 30 Đón tiếp đại biểu Ban tổ chức", "08 giờ 00 Chào cờ",
                    "08 giờ 05 Tuyên bố lý do, giới thiệu đại biểu", "08 giờ 15 Báo cáo tổng kết phong trào thi đua",
                    "08 giờ 45 Tham luận", "09 giờ 15 Công bố quyết định khen thưởng", "09 giờ 25 Trao khen thưởng",
                    "10 giờ 05 Phát biểu chỉ đạo Giám đốc Công an tỉnh", "10 giờ 35 Phát biểu tiếp thu chỉ đạo",
                    "10 giờ 45 Bế mạc");
            int last = -1;
            for (String row : expected) {
                int at = text.indexOf(row);
                assertThat(at).as(row).isGreaterThan(last);
                last = at;
            }
            // one page: no page number
            assertThat(text.lines().map(String::strip)).doesNotContain("1");
        }
    }

    @Test
    void aChairLineFollowsTimeAndVenueAndTheAwardRowNamesEachPresenterOnce() throws IOException {
        AgendaPlan plan = plan(demoConference(), TypicalProgramme.items());
        long award = plan.items().stream().filter(i -> i.getType() == AgendaItemType.AWARD_PRESENTATION)
                .findFirst().orElseThrow().getId();
        Map<Long, List<String>> presenters = ProgrammeService.presentersByItem(plan, List.of(
                new AwardPresenters.Presenter(null, "Đại tá Nguyễn Thế Hùng"),
                new AwardPresenters.Presenter(award, "Đại tá Trần Quốc Bình"),
                new AwardPresenters.Presenter(null, "Đại tá Nguyễn Thế Hùng"),
                new AwardPresenters.Presenter(award, "Thượng tá Lê Văn Ước")));
        byte[] pdf = ProgrammeRenderer.render(org, plan, "Đại tá Nguyễn Thế Hùng, Giám đốc Công an tỉnh",
                presenters);
        Files.write(Path.of("target/programme-presenters-test.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> lines = text(doc, 1, true).lines().map(String::strip).toList();
            int venue = lines.indexOf("Địa điểm: Hội trường Công an tỉnh Bình An");
            assertThat(venue).isPositive();
            assertThat(lines.get(venue + 1)).isEqualTo("Chủ trì: Đại tá Nguyễn Thế Hùng, Giám đốc Công an tỉnh");
            // the cell is centred vertically: its three lines stand around the row's time and item
            int before = lines.indexOf("09 giờ 15 Công bố quyết định khen thưởng Chánh Văn phòng Công an tỉnh");
            int after = lines.indexOf("10 giờ 05 Phát biểu chỉ đạo Giám đốc Công an tỉnh");
            assertThat(lines.subList(before + 1, after)).as(String.join("\n", lines)).containsExactly(
                    "Đại tá Nguyễn Thế Hùng", "09 giờ 25 Trao khen thưởng Đại tá Trần Quốc Bình",
                    "Thượng tá Lê Văn Ước");
            assertThat(String.join("\n", lines)).doesNotContain("Lãnh đạo Công an tỉnh")
                    .containsOnlyOnce("Nguyễn Thế Hùng,").containsOnlyOnce("Hùng\n");
        }
    }

    @Test
    void aLongUnitNameWrapsBetweenWordGroupsNeverInsideOne() throws IOException {
        List<TypicalProgramme.Item> items = TypicalProgramme.items().stream()
                .map(t -> t.type() == AgendaItemType.CONTRIBUTION
                        ? new TypicalProgramme.Item(t.type(), t.title(),
                                "Phòng Cảnh sát điều tra tội phạm về ma túy; Công an huyện An Lạc; Công an thành phố "
                                        + "Bình An; Ban tổ chức",
                                t.durationMinutes(), t.fixedStart())
                        : t)
                .toList();
        byte[] pdf = ProgrammeRenderer.render(org, plan(demoConference(), items));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> lines = text(doc, 1, false).lines().map(String::strip).toList();
            assertThat(lines).as(String.join("\n", lines)).contains("Công an huyện An Lạc;");
            for (String line : lines) {
                assertThat(line).as("a line ends inside a word group")
                        .doesNotEndWith("Công").doesNotEndWith("Công an").doesNotEndWith("Ban")
                        .doesNotEndWith("huyện").doesNotEndWith("Cảnh").doesNotEndWith("thành phố");
                assertThat(line).doesNotStartWith("an ").doesNotStartWith("tổ chức").doesNotStartWith("phố");
            }
        }
    }

    @Test
    void fontsAreEmbeddedAndNeverTheBuiltInOnes() throws IOException {
        byte[] pdf = ProgrammeRenderer.render(org, plan(demoConference(), TypicalProgramme.items()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("Liberation");
            }
        }
    }

    @Test
    void aLongProgrammeNumbersItsPagesFromPageTwo() throws IOException {
        List<TypicalProgramme.Item> many = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            many.addAll(TypicalProgramme.items().stream()
                    .map(t -> new TypicalProgramme.Item(t.type(), t.title(), t.responsible(), t.durationMinutes(), null))
                    .toList());
        }
        Conference c = demoConference();
        c.setPlannedEndTime(null);
        byte[] pdf = ProgrammeRenderer.render(org, plan(c, many));
        Files.write(Path.of("target/programme-long-test.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(text(doc, 1, true).lines().map(String::strip)).doesNotContain("1");
            List<String> page2 = text(doc, 2, true).lines().map(String::strip).toList();
            assertThat(page2.get(0)).isEqualTo("2");
            // the table header repeats on the next page
            assertThat(page2).contains("Thời gian Nội dung Người thực hiện");
        }
    }
}
