package vn.congan.ceremony.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.lang3.StringUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.seating.print.SeatingDocuments;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

class SeatingDocumentsTest extends AbstractSpringTest {

    @Autowired
    SeatingDocuments documents;
    @Autowired
    SeatingService seating;
    @Autowired
    ApplicationContext context;
    SeatingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SeatingFixtures(context);
        fixtures.clearPlanning();
    }

    @Test
    void theChartIsOneA3LandscapePageWithStageSeatsNamesBatchesAndLegend() throws IOException {
        fixtures.delegates();
        fixtures.batches(10);
        Conference conference = fixtures.conference();
        seating.autoAssign(conference);
        byte[] pdf = documents.chart(conference);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "seating-chart.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            boolean landscape = page.getRotation() % 180 == 0 ? w > h : h > w;
            assertThat(landscape).isTrue();
            assertThat(Math.max(w, h)).isCloseTo(1190.55f, org.assertj.core.data.Offset.offset(1f));
            // names may wrap inside their seat: compare with the line breaks as spaces
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("HỘI NGHỊ TỔNG KẾT PHONG TRÀO THI ĐUA ĐẶC BIỆT",
                    "SƠ ĐỒ CHỖ NGỒI - HỘI TRƯỜNG CÔNG AN TỈNH", "SÂN KHẤU", "Lối lên", "Nguyễn Thế Hùng",
                    "Phạm Thị Ánh", "Đợt 1", "Đợt 15", "Khu đại biểu", "Khu khen thưởng", "Ghế không sử dụng");
            assertThat(text).contains("A1", "L20");
            assertEmbeddedFontsOnly(doc);
        }
    }

    @Test
    void nameCardsHaveRankAndNameTwiceOnOneFoldedA4SheetPerDelegate() throws IOException {
        fixtures.delegates();
        byte[] pdf = documents.nameCards(fixtures.conference());
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "seating-name-cards.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(5);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(841.89f,
                    org.assertj.core.data.Offset.offset(1f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            assertThat(StringUtils.countMatches(first, "Nguyễn Thế Hùng")).isEqualTo(2);
            assertThat(StringUtils.countMatches(first, "Đại tá")).isEqualTo(2);
            stripper.setStartPage(5);
            stripper.setEndPage(5);
            String guest = stripper.getText(doc);
            assertThat(StringUtils.countMatches(guest, "Hoàng Minh Đức")).isEqualTo(2);
            assertEmbeddedFontsOnly(doc);
        }
    }

    @Test
    void withoutDelegatesThereAreNoNameCardsToPrint() {
        assertThatThrownBy(() -> documents.nameCards(fixtures.conference()))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("seating.error.noDelegates"));
    }

    private static void assertEmbeddedFontsOnly(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("Liberation");
            }
        }
    }
}
