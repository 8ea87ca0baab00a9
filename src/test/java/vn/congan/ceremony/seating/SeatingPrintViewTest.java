package vn.congan.ceremony.seating;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.seating.ui.SeatingPrintView;
import vn.congan.ceremony.testsupport.AbstractViewTest;

/** The seating chart and the name cards as print staff download them from /seating-print. */
class SeatingPrintViewTest extends AbstractViewTest {

    private static final String CONFERENCE = "HỘI NGHỊ TỔNG KẾT PHONG TRÀO THI ĐUA ĐẶC BIỆT";

    private SeatingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SeatingFixtures(context);
        fixtures.clearPlanning();
    }

    @Test
    void printStaffDownloadTheSeatingChartWithTitleNamesBatchesAndSeatLabels() throws IOException {
        fixtures.delegates();
        fixtures.batches(10);
        seating().autoAssign(fixtures.conference());
        openAs(SeatingPrintView.class, "print", Role.PRINT);

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("seating-chart-pdf")));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(CONFERENCE, "SƠ ĐỒ CHỖ NGỒI - HỘI TRƯỜNG CÔNG AN TỈNH", "SÂN KHẤU",
                    "Nguyễn Thế Hùng", "Trần Quốc Bình", "Hoàng Minh Đức", "Đợt 1", "Khu 1", "Khu 2");
            assertThat(text).containsPattern("\\bC19\\b").containsPattern("\\bA1\\b").containsPattern("\\bL20\\b");
        }
    }

    @Test
    void printStaffDownloadOneNameCardPerDelegateWithRankAndName() throws IOException {
        fixtures.delegates();
        openAs(SeatingPrintView.class, "print", Role.PRINT);

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("seating-cards-pdf")));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(5);
            String first = page(doc, 1);
            assertThat(StringUtils.countMatches(first, "Đại tá Nguyễn Thế Hùng")).isEqualTo(2);
            String guest = page(doc, 5);
            assertThat(StringUtils.countMatches(guest, "Hoàng Minh Đức")).isEqualTo(2);
            assertThat(guest).doesNotContain("Đại tá");
        }
    }

    @Test
    void theChartOfAHallWithUnequalSectionsShowsEachSectionWithItsOwnRows() throws IOException {
        fixtures.delegates();
        fixtures.batches(10);
        SeatingService seating = seating();
        seating.createPlan(fixtures.conference(), seating.map(fixtures.conference()).orElseThrow().snapshot(),
                new HallSetup("Hội trường tầng 3",
                List.of(new HallSection("Khu trái", 8, 6), new HallSection("Khu giữa", 12, 12),
                        new HallSection("Khu phải", 8, 6)),
                SeatNumbering.ODD_EVEN_FROM_CENTRE, StageSteps.BOTH, true, Side.RIGHT));
        Map<String, SeatingSeat> seats = seating.map(fixtures.conference()).orElseThrow().seats().stream()
                .collect(Collectors.toMap(SeatingSeat::label, Function.identity()));
        // row A delegates, rows B-H awardees (wall to wall), rows I-L (centre section only) general
        seating.paintZone(seating.map(fixtures.conference()).orElseThrow(), seats.get("A23"), seats.get("A24"), Zone.DELEGATE);
        seating.paintZone(seating.map(fixtures.conference()).orElseThrow(), seats.get("B23"), seats.get("H24"), Zone.AWARDEE);
        seating.setBlocked(seating.map(fixtures.conference()).orElseThrow(), seats.get("L11"), seats.get("L9"), true);
        seating.autoAssign(fixtures.conference());
        openAs(SeatingPrintView.class, "print", Role.PRINT);

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("seating-chart-pdf")));
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "seating-chart-unequal.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(CONFERENCE, "SƠ ĐỒ CHỖ NGỒI - HỘI TRƯỜNG TẦNG 3", "Khu trái", "Khu giữa",
                    "Khu phải", "Nguyễn Thế Hùng", "Đợt 1", "Phóng viên Báo Bình An");
            // 24 seats in rows A-H, the 12 of the centre section in rows I-L
            assertThat(text).containsPattern("\\bA23\\b").containsPattern("\\bH24\\b").containsPattern("\\bL12\\b")
                    .containsPattern("\\bI11\\b").doesNotContainPattern("\\bI13\\b").doesNotContainPattern("\\bL23\\b");
        }
        // the most senior delegate at the centre of the hall, as on the map
        assertThat(context.getBean(SeatLookup.class).findByName(fixtures.conference().getId(), "Nguyễn Thế Hùng"))
                .singleElement().satisfies(s -> {
                    assertThat(s.label()).isEqualTo("A1");
                    assertThat(s.sectionName()).isEqualTo("Khu giữa");
                });
    }

    private SeatingService seating() {
        return context.getBean(SeatingService.class);
    }

    private static String page(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }
}
