package vn.congan.ceremony.print.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.print.certificate.PdfLines.Line;

class CertificateLayoutTest {

    private static final CertificateLayout A4_FULL = DefaultLayouts.of("GK", 297, 210, CertificateMode.FULL);
    private static final CertificateLayout A4_BLANK = DefaultLayouts.of("GK", 297, 210, CertificateMode.BLANK_STOCK);

    @Test
    void aFullCertificateReadsTopToBottomInTheOrderOfTheDomain() {
        byte[] pdf = CertificateRenderer.render(List.of(SampleCertificates.sheet(A4_FULL,
                SampleCertificates.collective("Phòng Cảnh sát hình sự"))), PrinterOffset.NONE, "t");

        List<String> texts = PdfLines.of(pdf).stream().map(Line::text).toList();
        assertThat(texts).startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "GIÁM ĐỐC CÔNG AN TỈNH BÌNH AN", "TẶNG", "GIẤY KHEN", "Phòng Cảnh sát hình sự");
        assertThat(texts).contains("Bình An, ngày 10 tháng 11 năm 2020", "GIÁM ĐỐC", "Đại tá Nguyễn Thế Hùng",
                "Quyết định số: 1234/QĐ-CAT-PV01", "Số vào sổ: 1234/QĐ-CAT-PV01-001");
    }

    @Test
    void blankStockPrintsOnlyTheVariableText() {
        byte[] pdf = CertificateRenderer.render(List.of(SampleCertificates.sheet(A4_BLANK,
                SampleCertificates.collective("Phòng Cảnh sát hình sự"))), PrinterOffset.NONE, "t");

        String text = PdfLines.text(pdf);
        assertThat(text).contains("Phòng Cảnh sát hình sự", "Đại tá Nguyễn Thế Hùng", "Số vào sổ: 1234/QĐ-CAT-PV01-001")
                .doesNotContain("CỘNG HÒA", "Hạnh phúc", "TẶNG", "GIẤY KHEN");
    }

    @Test
    void eachFieldPrintsInsideItsBoxAtTheMillimetre() {
        CertificateData data = SampleCertificates.collective("Phòng Cảnh sát hình sự");
        byte[] pdf = CertificateRenderer.render(List.of(SampleCertificates.sheet(A4_BLANK, data)),
                PrinterOffset.NONE, "t");

        for (Line line : PdfLines.of(pdf)) {
            FieldBox box = boxHolding(A4_BLANK, data, line.text());
            assertThat(line.xMm()).as(line.text()).isBetween(box.x() - 0.01, box.x() + box.width());
            // the glyph origin PDFBox reports sits on the baseline: inside the box, below its top
            assertThat(line.yMm()).as(line.text()).isBetween(box.y(), box.y() + box.height());
        }
        Line register = line(PdfLines.of(pdf), "Số vào sổ: 1234/QĐ-CAT-PV01-001");
        assertThat(register.xMm()).isCloseTo(28.0, within(0.01));
    }

    @Test
    void aPrinterOffsetMovesEveryFieldByExactlyItsMillimetres() {
        List<CertificateSheet> sheets = List.of(SampleCertificates.sheet(A4_FULL, SampleCertificates.individual()));
        List<Line> plain = PdfLines.of(CertificateRenderer.render(sheets, PrinterOffset.NONE, "t"));
        List<Line> shifted = PdfLines.of(CertificateRenderer.render(sheets,
                new PrinterOffset(3.5, -2.25, 0, 0, false), "t"));

        assertThat(shifted).hasSameSizeAs(plain).hasSizeGreaterThan(12);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(shifted.get(i).text()).isEqualTo(plain.get(i).text());
            assertThat(shifted.get(i).xMm() - plain.get(i).xMm()).as(plain.get(i).text()).isCloseTo(3.5, within(0.01));
            assertThat(shifted.get(i).yMm() - plain.get(i).yMm()).as(plain.get(i).text()).isCloseTo(-2.25, within(0.01));
        }
    }

    @Test
    void inDuplexTheBackSideUsesItsOwnOffset() {
        CertificateSheet sheet = SampleCertificates.sheet(A4_BLANK, SampleCertificates.individual());
        List<CertificateSheet> sheets = List.of(sheet, sheet);
        List<Line> plain = PdfLines.of(CertificateRenderer.render(sheets, PrinterOffset.NONE, "t"));
        List<Line> shifted = PdfLines.of(CertificateRenderer.render(sheets,
                new PrinterOffset(1, 2, -4, 1.5, true), "t"));

        for (int i = 0; i < plain.size(); i++) {
            boolean back = plain.get(i).page() == 2;
            assertThat(shifted.get(i).xMm() - plain.get(i).xMm()).isCloseTo(back ? -4 : 1, within(0.01));
            assertThat(shifted.get(i).yMm() - plain.get(i).yMm()).isCloseTo(back ? 1.5 : 2, within(0.01));
        }
    }

    @Test
    void anA3DesignIsTheA4DesignScaledUp() {
        CertificateLayout a3 = DefaultLayouts.of("BK", 420, 297, CertificateMode.FULL);
        FieldBox a4Title = A4_FULL.field(FieldKey.TITLE).orElseThrow();
        FieldBox a3Title = a3.field(FieldKey.TITLE).orElseThrow();

        assertThat(a3Title.width() / a4Title.width()).isCloseTo(420 / 297.0, within(0.01));
        assertThat(a3Title.size()).isGreaterThan(a4Title.size() * 1.35f);
    }

    @Test
    void aMixedJobKeepsEachSheetOnItsOwnPaper() {
        CertificateLayout a3 = DefaultLayouts.of("BK", 420, 297, CertificateMode.FULL);
        byte[] pdf = CertificateRenderer.render(List.of(
                new CertificateSheet.Separator(420, 297, List.of("ĐỢT 1", "Bằng khen của Bộ trưởng Bộ Công an")),
                SampleCertificates.sheet(a3, SampleCertificates.individual()),
                SampleCertificates.sheet(A4_FULL, SampleCertificates.collective("Công an huyện Đồng Tâm"))),
                PrinterOffset.NONE, "t");

        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(1190.55f, within(0.1f));
            assertThat(doc.getPage(1).getMediaBox().getWidth()).isCloseTo(1190.55f, within(0.1f));
            assertThat(doc.getPage(2).getMediaBox().getWidth()).isCloseTo(841.89f, within(0.1f));
            assertThat(doc.getPage(2).getMediaBox().getHeight()).isCloseTo(595.28f, within(0.1f));
            assertThat(doc.getPage(2).getRotation()).isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(PdfLines.text(pdf)).contains("ĐỢT 1", "Công an huyện Đồng Tâm");
    }

    @Test
    void theCalibrationPageHasItsCrosshairLabelsWhereItSays() {
        byte[] pdf = CalibrationPage.render("HP LaserJet phòng 201", 297, 210, new PrinterOffset(2, 3, 0, 0, false));
        String text = PdfLines.text(pdf);
        assertThat(text).contains("TRANG HIỆU CHỈNH MÁY IN: HP LaserJet phòng 201", "(148,5 ; 105) mm",
                "X = +2,0 mm, Y = +3,0 mm");
        Line centre = line(PdfLines.of(pdf), "(148,5 ; 105) mm");
        // the label sits 4 mm right of and 4 mm above the crosshair centre, which carries the offset
        assertThat(centre.xMm()).isCloseTo(148.5 + 2 + 4, within(0.01));
        assertThat(PdfLines.pages(pdf)).isEqualTo(1);
        assertThat(PdfLines.pages(CalibrationPage.render("Duplex", 297, 210, new PrinterOffset(0, 0, 1, 1, true))))
                .isEqualTo(2);
    }

    private static FieldBox boxHolding(CertificateLayout layout, CertificateData data, String text) {
        return layout.fields().stream().filter(f -> f.text(data).equals(text)).findFirst()
                .or(() -> layout.fields().stream().filter(f -> f.text(data).contains(text)).findFirst())
                .orElseThrow(() -> new AssertionError("No field prints " + text));
    }

    private static Line line(List<Line> lines, String text) {
        return lines.stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No line " + text + " in " + lines));
    }
}
