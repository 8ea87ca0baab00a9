package vn.congan.ceremony.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.conference.Conference;

/** The stage manager's sheet read back page by page, as a loose page would be read. */
class AwardOrderListPdfTest {

    private static final String LONG_NAME = "Thượng tá Nguyễn Thị Phương Linh";

    private static StageEntry collective(long id, int position, String unit, String representative) {
        return new StageEntry(id, 0, id, 0, position, true, unit, unit, null, 1L, 9L, null, representative,
                9L, representative, unit);
    }

    private static StageEntry person(long id, int position, String rankAndName, String unit) {
        return new StageEntry(id, 0, id, 0, position, false, rankAndName, unit, "Cán bộ", 2L, null, null, null,
                id, rankAndName, rankAndName);
    }

    private static StageBatch batch(long id, int number, String presenter, String authority, List<StageEntry> entries) {
        return new StageBatch(id, 0, number, 3, number == 1 ? "Bằng khen của Bộ trưởng Bộ Công an"
                : "Giấy khen của Giám đốc Công an tỉnh", 1L, presenter, "đồng chí " + presenter, authority, false,
                false, null, entries);
    }

    private static byte[] render() throws IOException {
        return render(40);
    }

    private static byte[] render(int secondSize) throws IOException {
        List<StageEntry> first = List.of(collective(1, 1, "Phòng Cảnh sát hình sự", LONG_NAME),
                collective(2, 2, "Công an huyện An Lạc", "Thiếu tá Lê Văn Bình"),
                person(3, 3, "Thượng úy Nguyễn Văn An", "Phòng Cảnh sát giao thông"));
        List<StageEntry> second = new ArrayList<>();
        for (int i = 1; i <= secondSize; i++) {
            second.add(person(100 + i, i, "Đại úy Người Nhận Số " + i, "Công an huyện Ngọc Sơn"));
        }
        List<StageEntry> third = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            third.add(person(200 + i, i, "Trung úy Cán Bộ Thứ " + i, "Phòng Hậu cần"));
        }
        StagePlan plan = new StagePlan(1, 0, 10, 60, 20, List.of(
                batch(1, 1, "Đại tá Nguyễn Thế Hùng", "Bộ trưởng Bộ Công an", first),
                batch(2, 2, "Đại tá Trần Quốc Bình", null, second),
                batch(3, 3, "Thượng tá Lê Văn Ước", null, third)), 0, List.of());
        Conference conference = new Conference("Hội nghị tổng kết Phong trào thi đua đặc biệt",
                LocalDate.of(2020, 11, 20), LocalTime.of(7, 30));
        byte[] pdf = AwardOrderListPdf.render(plan, conference, "Bộ Công an", "Công an tỉnh Bình An", "Bình An");
        Files.write(Path.of("target/award-order-list-test.pdf"), pdf);
        return pdf;
    }

    /** The lines of one page, top to bottom, no-break spaces read as spaces. */
    private static List<String> page(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replace('\u00A0', ' ').lines().map(String::strip).toList();
    }

    @Test
    void aBatchRunningOntoTheNextPageRepeatsItsNumberPresenterAndColumnHeadsThere() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            List<String> one = page(doc, 1);
            assertThat(one).noneMatch(l -> l.contains("(tiếp)"));
            assertThat(one).contains("Đợt 2: Giấy khen của Giám đốc Công an tỉnh - Người trao: Đại tá Trần Quốc Bình");
            List<String> two = page(doc, 2);
            int heads = two.indexOf("STT Người nhận Đơn vị / chức vụ Đại diện nhận");
            int continued = two.indexOf("Đợt 2 (tiếp): Giấy khen của Giám đốc Công an tỉnh - Người trao: Đại tá Trần "
                    + "Quốc Bình");
            int firstName = -1;
            for (int i = 0; i < two.size(); i++) {
                if (two.get(i).matches("\\d+ Đại úy Người Nhận Số \\d+.*")) {
                    firstName = i;
                    break;
                }
            }
            assertThat(heads).as(String.join("\n", two)).isNotNegative();
            assertThat(continued).isEqualTo(heads + 1);
            assertThat(firstName).isEqualTo(continued + 1);
        }
    }

    @Test
    void everyPageNamesItsBatchAboveItsFirstRecipientAndNoBatchRowStandsAloneAtAPageFoot() throws IOException {
        // the second batch's length moves the third one's row down the page, past its foot
        for (int size = 1; size <= 30; size++) {
            pagesNameTheirBatch(render(size));
        }
    }

    private static void pagesNameTheirBatch(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 2; p <= doc.getNumberOfPages(); p++) {
                List<String> lines = page(doc, p);
                int heads = lines.indexOf("STT Người nhận Đơn vị / chức vụ Đại diện nhận");
                assertThat(heads).as("page " + p + ":\n" + String.join("\n", lines)).isNotNegative();
                assertThat(lines.get(heads + 1)).as("page " + p).startsWith("Đợt ");
            }
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<String> lines = page(doc, p).stream().filter(l -> !l.startsWith("Trang ")).toList();
                String last = lines.get(lines.size() - 1);
                assertThat(last).as("page " + p + " ends with a batch row").doesNotStartWith("Đợt ");
            }
        }
    }

    @Test
    void aCollectiveShowsItsUnitAndItsRepresentativeFitsOnOneLine() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render())) {
            List<String> one = page(doc, 1);
            assertThat(one).contains("1 Tập thể: Phòng Cảnh sát hình sự " + LONG_NAME,
                    "2 Tập thể: Công an huyện An Lạc Thiếu tá Lê Văn Bình",
                    "3 Thượng úy Nguyễn Văn An Cán bộ, Phòng Cảnh sát giao thông");
            assertThat(one).noneMatch(l -> l.endsWith(" Tập thể") || l.equals("Tập thể"));
            assertThat(one).contains("Đợt 1: Bằng khen của Bộ trưởng Bộ Công an - Người trao: Đại tá Nguyễn Thế Hùng "
                    + "(thừa ủy quyền Bộ trưởng Bộ Công an)");
        }
    }
}
