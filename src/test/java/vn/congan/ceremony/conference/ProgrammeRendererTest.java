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
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.organisation.OrgSettings;

class ProgrammeRendererTest {

    private final OrgSettings org = new OrgSettings("Bộ Công an", "Công an tỉnh Bình An", "Bình An");

    private static AgendaPlan plan(Conference conference, List<TypicalProgramme.Item> template) {
        List<AgendaItem> items = new ArrayList<>();
        List<AgendaSchedule.Timing> timings = new ArrayList<>();
        int position = 1;
        for (TypicalProgramme.Item t : template) {
            AgendaItem item = new AgendaItem(conference, position++, t.type(), t.title(), t.durationMinutes());
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
        return stripper.getText(doc);
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
                    "Thời gian: 7 giờ 30, ngày 20 tháng 11 năm 2020", "Địa điểm: Hội trường Công an tỉnh Bình An",
                    "Thời gian", "Nội dung", "Người thực hiện");
            List<String> expected = List.of("07:30 Đón tiếp đại biểu Ban tổ chức", "08:00 Chào cờ",
                    "08:05 Tuyên bố lý do, giới thiệu đại biểu", "08:15 Báo cáo tổng kết phong trào thi đua",
                    "08:45 Tham luận", "09:15 Công bố quyết định khen thưởng", "09:25 Trao khen thưởng",
                    "10:05 Phát biểu chỉ đạo Giám đốc Công an tỉnh", "10:35 Phát biểu tiếp thu chỉ đạo",
                    "10:45 Bế mạc");
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
