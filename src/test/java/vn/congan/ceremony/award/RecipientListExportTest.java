package vn.congan.ceremony.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.importer.ParsedList;
import vn.congan.ceremony.award.importer.ParsedRecipient;
import vn.congan.ceremony.award.importer.RecipientListParser;
import vn.congan.ceremony.organisation.Rank;

class RecipientListExportTest {

    private static RecipientListDocument list(int people) {
        List<RecipientRow> rows = new ArrayList<>();
        rows.add(unit(1, "Phòng Cảnh sát hình sự"));
        rows.add(unit(2, "Công an huyện Đồng Tâm"));
        String[] names = {"Nguyễn Thị Ước", "Trần Văn Ưng", "Lê Quý Đôn", "Phạm Thị Ánh", "Đặng Hữu Ơn"};
        for (int i = 0; i < people; i++) {
            rows.add(new RecipientRow((long) i + 3, 0, i + 3, RecipientKind.INDIVIDUAL, names[i % names.length],
                    i % 2 == 0 ? Rank.DAI_UY : Rank.THUONG_UY, "Phó Đội trưởng", "Phòng Cảnh sát kinh tế", null,
                    "Đã có thành tích", i == 0 ? "Xuất sắc" : null, null, null, null, (long) i));
        }
        return new RecipientListDocument("Bộ Công an", "Công an tỉnh Bình An", "Giấy khen của Giám đốc Công an tỉnh",
                "1234/QĐ-CAT-PV01", LocalDate.of(2020, 11, 10), rows);
    }

    private static RecipientRow unit(long id, String name) {
        return new RecipientRow(id, 0, (int) id, RecipientKind.COLLECTIVE, name, Rank.NONE, null, null, null,
                "Đã có thành tích", null, null, null, id, null);
    }

    @Test
    void thePdfAppendixCarriesTheOfficialHeaderTitleReferenceAndEveryRecipient() throws IOException {
        byte[] pdf = RecipientListPdf.render(list(4));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // a long title wraps; compare words, not line breaks
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("BỘ CÔNG AN", "CÔNG AN TỈNH BÌNH AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC CÔNG AN TỈNH",
                    "(Kèm theo Quyết định số 1234/QĐ-CAT-PV01 ngày 10 tháng 11 năm 2020)",
                    "I. TẬP THỂ", "II. CÁ NHÂN", "Phòng Cảnh sát hình sự", "Công an huyện Đồng Tâm",
                    "Nguyễn Thị Ước", "Trần Văn Ưng", "Lê Quý Đôn", "Phạm Thị Ánh", "Đại úy", "Thượng úy",
                    "Phó Đội trưởng", "Tổng cộng: 2 tập thể, 4 cá nhân");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("Liberation");
                }
            }
        }
    }

    @Test
    void aLongListRunsOverPagesWithTheTableHeaderRepeated() throws IOException {
        byte[] pdf = RecipientListPdf.render(list(96));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/award-appendix.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(doc)).contains("Họ và tên / Tên tập thể", "Cấp bậc");
        }
    }

    @Test
    void pagesAreNumberedAtTheTopFromPageTwoOn() throws IOException {
        byte[] pdf = RecipientListPdf.render(list(132)); // 134 rows, as the reference list

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(topMargin(doc, 1)).isEmpty();
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                assertThat(topMargin(doc, page)).as("page %d", page).isEqualTo(Integer.toString(page));
            }
            // the number is not part of the table: page 2 starts with the repeated header below it
            assertThat(new PDFTextStripper() {
                {
                    setStartPage(2);
                    setEndPage(2);
                    setSortByPosition(true);
                }
            }.getText(doc).lines().map(String::strip).toList()).first().isEqualTo("2");
        }
    }

    /** The text above the body (the 20 mm top margin) of a 1-based page. */
    private static String topMargin(PDDocument doc, int page) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float width = doc.getPage(page - 1).getMediaBox().getWidth();
        stripper.addRegion("top", new java.awt.geom.Rectangle2D.Float(0, 0, width, 20 * 72f / 25.4f));
        stripper.extractRegions(doc.getPage(page - 1));
        return stripper.getTextForRegion("top").strip();
    }

    @Test
    void onlyIndividualsMakeACáNhânList() {
        RecipientListDocument doc = new RecipientListDocument("Bộ Công an", "Công an tỉnh Bình An",
                "Bằng khen của Bộ trưởng Bộ Công an", "1/QĐ", LocalDate.of(2020, 2, 5), list(2).individuals());
        assertThat(doc.title()).isEqualTo("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA BỘ TRƯỞNG BỘ CÔNG AN");
        assertThat(doc.reference()).isEqualTo("(Kèm theo Quyết định số 1/QĐ ngày 05 tháng 02 năm 2020)");
    }

    @Test
    void theWorkbookExportReadsBackThroughTheImporter() {
        byte[] xlsx = RecipientListWorkbook.write(list(5));

        ParsedList parsed = new RecipientListParser().parse("export.xlsx", xlsx);

        assertThat(parsed.collectives()).isEqualTo(2);
        assertThat(parsed.individuals()).isEqualTo(5);
        ParsedRecipient first = parsed.rows().get(2);
        assertThat(first.name()).isEqualTo("Nguyễn Thị Ước");
        assertThat(first.rank()).isEqualTo(Rank.DAI_UY);
        assertThat(first.unitName()).isEqualTo("Phòng Cảnh sát kinh tế");
        assertThat(first.note()).isEqualTo("Xuất sắc");
        assertThat(parsed.rows()).noneMatch(ParsedRecipient::hasProblems);
    }

    @Test
    void theDownloadNameIsPlainAscii() {
        assertThat(RecipientListExport.fileName("1234/QĐ-CAT-PV01", "pdf")).isEqualTo("danh-sach-1234-qd-cat-pv01.pdf");
    }
}
