package vn.congan.ceremony.print.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes sample sheets of both modes and the calibration page to target/certificate-samples, to be
 * looked at with pdftoppm (see docs/certificates.md).
 */
class CertificateSamplesTest {

    @Test
    void writesSampleSheetsOfBothModesAndTheCalibrationPage() throws IOException {
        Path dir = Path.of("target", "certificate-samples");
        Files.createDirectories(dir);
        CertificateLayout a4 = DefaultLayouts.of("GK", 297, 210, CertificateMode.FULL);
        CertificateLayout a3 = DefaultLayouts.of("BK", 420, 297, CertificateMode.FULL);
        CertificateLayout a4Blank = DefaultLayouts.of("GK", 297, 210, CertificateMode.BLANK_STOCK);
        CertificateData longest = SampleCertificates.collective(SampleCertificates.LONGEST_UNIT);
        write(dir.resolve("full-a4.pdf"), CertificateRenderer.render(List.of(SampleCertificates.sheet(a4, longest),
                SampleCertificates.sheet(a4, SampleCertificates.individual())), PrinterOffset.NONE, "full A4"));
        write(dir.resolve("full-a3.pdf"), CertificateRenderer.render(
                List.of(SampleCertificates.sheet(a3, SampleCertificates.individual())), PrinterOffset.NONE, "full A3"));
        write(dir.resolve("blank-a4.pdf"), CertificateRenderer.render(
                List.of(SampleCertificates.sheet(a4Blank, longest)), PrinterOffset.NONE, "blank A4"));
        write(dir.resolve("separator-a4.pdf"), CertificateRenderer.render(List.of(new CertificateSheet.Separator(297, 210,
                List.of("ĐỢT 3", "Giấy khen của Giám đốc Công an tỉnh", "Người trao: Đại tá Nguyễn Thế Hùng",
                        "Số lượng: 10"))), PrinterOffset.NONE, "separator"));
        write(dir.resolve("calibration-a4.pdf"), CalibrationPage.render("Máy in phòng Hậu cần", 297, 210,
                PrinterOffset.NONE));
        assertThat(dir.resolve("full-a4.pdf")).exists();
    }

    private static void write(Path path, byte[] pdf) throws IOException {
        Files.write(path, pdf);
    }
}
