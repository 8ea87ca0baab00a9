package vn.congan.ceremony.seating.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.testsupport.PdfDrawing;

/** Name cards read back glyph by glyph: every letter inside the sheet, a name too long shortened, not cut off. */
class NameCardPdfTest {

    private static final String USUAL = "Nguyễn Thế Hùng";
    private static final String TOO_LONG = "Nguyễn Thị Phương Thảo Nguyễn Ngọc Khánh Linh Hoàng Quốc Trường Giang "
            + "Tôn Nữ Xuân Hương Lê Phạm Minh Châu Trần Đình Bảo Long Vũ Hoàng Yến Nhi";

    @Test
    void aNameTooLongForTheCardEvenInTheSmallestTypeIsShortenedAndNothingLeavesTheSheet() throws IOException {
        byte[] pdf = NameCardPdf.render(List.of(new NameCardPdf.NameCard("Đại tá", USUAL),
                new NameCardPdf.NameCard("Thượng tướng", TOO_LONG)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            float width = doc.getPage(0).getMediaBox().getWidth();
            for (int page = 1; page <= 2; page++) {
                for (TextPosition glyph : PdfDrawing.glyphs(doc, page)) {
                    assertThat(glyph.getXDirAdj()).as(glyph.getUnicode()).isGreaterThanOrEqualTo(0);
                    assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(glyph.getUnicode())
                            .isLessThanOrEqualTo(width);
                }
            }
            String usual = text(doc, 1);
            String shortened = text(doc, 2);
            assertThat(usual).contains("Đại tá", USUAL).doesNotContain("…");
            assertThat(shortened).contains("Thượng tướng", "Nguyễn Thị Phương Thảo", "…").doesNotContain("Yến Nhi");
        }
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}
