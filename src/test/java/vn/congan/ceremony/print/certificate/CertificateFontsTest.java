package vn.congan.ceremony.print.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Every certificate, separator and calibration sheet carries its fonts inside the PDF (TrueType,
 * subset): a print shop's machine without Liberation Serif or DejaVu prints the same letters, and none of
 * the 14 built-in PDF fonts (which have no ư, ơ, ạ) is ever used. The sheets are also written to
 * target/certificate-samples for a look with pdftoppm (docs/certificates.md).
 */
class CertificateFontsTest {

    @Test
    void everySheetKindEmbedsItsVietnameseFontsAndReadsBack() throws IOException {
        CertificateLayout a4 = DefaultLayouts.of("GK", 297, 210, CertificateMode.FULL);
        CertificateLayout a3 = DefaultLayouts.of("BK", 420, 297, CertificateMode.FULL);
        CertificateLayout a4Blank = DefaultLayouts.of("GK", 297, 210, CertificateMode.BLANK_STOCK);
        CertificateData longest = SampleCertificates.collective(SampleCertificates.LONGEST_UNIT);
        byte[] fullA4 = CertificateRenderer.render(List.of(SampleCertificates.sheet(a4, longest),
                SampleCertificates.sheet(a4, SampleCertificates.individual())), PrinterOffset.NONE, "full A4");
        byte[] fullA3 = CertificateRenderer.render(List.of(SampleCertificates.sheet(a3, SampleCertificates.individual())),
                PrinterOffset.NONE, "full A3");
        byte[] blankA4 = CertificateRenderer.render(List.of(SampleCertificates.sheet(a4Blank, longest)),
                PrinterOffset.NONE, "blank A4");
        byte[] separator = CertificateRenderer.render(List.of(new CertificateSheet.Separator(297, 210,
                List.of("ĐỢT 3", "Giấy khen của Giám đốc Công an tỉnh", "Người trao: Đại tá Nguyễn Thế Hùng",
                        "Số lượng: 10"))), PrinterOffset.NONE, "separator");
        byte[] calibration = CalibrationPage.render("Máy in phòng Hậu cần", 297, 210, PrinterOffset.NONE);

        for (byte[] pdf : List.of(fullA4, fullA3, blankA4, separator, calibration)) {
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
                assertThat(font.getName()).as("a subset of the bundled fonts").matches("[A-Z]{6}\\+(Liberation|DejaVu).*");
            });
        }
        assertThat(text(fullA4)).contains("GIẤY KHEN", "Đội Tham mưu tổng hợp - Phòng An ninh mạng", "Độc lập - Tự do - Hạnh phúc");
        assertThat(text(separator)).contains("Người trao: Đại tá Nguyễn Thế Hùng");
        assertThat(text(calibration)).contains("Máy in phòng Hậu cần");

        Path dir = Files.createDirectories(Path.of("target", "certificate-samples"));
        Files.write(dir.resolve("full-a4.pdf"), fullA4);
        Files.write(dir.resolve("full-a3.pdf"), fullA3);
        Files.write(dir.resolve("blank-a4.pdf"), blankA4);
        Files.write(dir.resolve("separator-a4.pdf"), separator);
        Files.write(dir.resolve("calibration-a4.pdf"), calibration);
    }

    private static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
