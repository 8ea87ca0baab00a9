package vn.congan.ceremony.print.certificate;

import vn.congan.ceremony.common.pdf.FittedText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.text.VietText;

class TextFittingTest {

    private static final CertificateLayout A4 = DefaultLayouts.of("GK", 297, 210, CertificateMode.FULL);

    @Test
    void aShortNameKeepsTheFullSizeOnOneLine() {
        FieldBox box = A4.field(FieldKey.RECIPIENT).orElseThrow();
        FittedText fitted = box.fit("Phòng Hậu cần");
        assertThat(fitted.fits()).isTrue();
        assertThat(fitted.lines()).containsExactly("Phòng Hậu cần");
        assertThat(fitted.size()).isEqualTo(box.size());
    }

    @Test
    void theLongestUnitNameWrapsOrShrinksButFitsOnTheDefaultA4Design() {
        FieldBox box = A4.field(FieldKey.RECIPIENT).orElseThrow();
        FittedText fitted = box.fit(SampleCertificates.LONGEST_UNIT);
        assertThat(fitted.fits()).isTrue();
        assertThat(String.join(" ", fitted.lines())).isEqualTo(SampleCertificates.LONGEST_UNIT);
        assertThat(fitted.size()).isLessThan(box.size()).isGreaterThanOrEqualTo(box.minSize());
    }

    @Test
    void aUnitNamedWithTheDepartmentBreaksBetweenPhrasesNeverInsideTheDepartmentsName() {
        // a recipient box a template might have: 150 mm wide, room for two lines
        FieldBox box = FieldBox.of(FieldKey.RECIPIENT, 20, 80, 150, 16, Face.SERIF_BOLD, 18, 12, Alignment.CENTER);
        String name = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh Bình An";

        FittedText fitted = box.fit(name);

        assertThat(fitted.fits()).isTrue();
        assertThat(fitted.lines()).containsExactly("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao,",
                "Công an tỉnh Bình An");

        // narrower, a smaller size is taken rather than "Phòng Cảnh / sát hình sự"
        FieldBox narrow = FieldBox.of(FieldKey.RECIPIENT, 20, 80, 100, 16, Face.SERIF_BOLD, 18, 12, Alignment.CENTER);
        assertThat(narrow.fit("Đội Điều tra tổng hợp - Phòng Cảnh sát hình sự, Công an tỉnh Bình An")
                .lines()).containsExactly("Đội Điều tra tổng hợp -", "Phòng Cảnh sát hình sự, Công an tỉnh Bình An");
    }

    @Test
    void theLongestAchievementFitsWithoutLosingAWord() {
        for (CertificateLayout layout : List.of(A4, DefaultLayouts.of("BK", 420, 297, CertificateMode.FULL),
                DefaultLayouts.of("GK", 297, 210, CertificateMode.BLANK_STOCK))) {
            FieldBox box = layout.field(FieldKey.ACHIEVEMENT).orElseThrow();
            FittedText fitted = box.fit(SampleCertificates.LONG_ACHIEVEMENT);
            assertThat(fitted.fits()).isTrue();
            assertThat(fitted.lines()).hasSizeGreaterThan(2);
            assertThat(String.join(" ", fitted.lines())).isEqualTo(SampleCertificates.LONG_ACHIEVEMENT);
        }
    }

    @Test
    void aWholeCertificateWithTheLongestTextsHasNoWarning() {
        CertificateData data = SampleCertificates.collective(SampleCertificates.LONGEST_UNIT);
        CertificateData longest = new CertificateData(data.authority(), data.formTitle(), data.recipient(),
                "Phó Trưởng phòng, " + SampleCertificates.LONGEST_UNIT, SampleCertificates.LONG_ACHIEVEMENT,
                data.decisionNumber(), data.decisionDate(), data.registerNumber(), data.place(),
                List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), data.signerName());
        assertThat(CertificateRenderer.check(List.of(SampleCertificates.sheet(A4, longest)))).isEmpty();
    }

    @Test
    void textThatCannotFitAtTheMinimumSizeIsReportedNotCut() {
        String tooLong = String.join(" ", Collections.nCopies(12, SampleCertificates.LONG_ACHIEVEMENT));
        CertificateData data = SampleCertificates.collective("Phòng Hậu cần");
        CertificateData overflowing = new CertificateData(data.authority(), data.formTitle(), data.recipient(), "",
                tooLong, data.decisionNumber(), data.decisionDate(), data.registerNumber(), data.place(),
                data.signerCapacity(), data.signerName());
        List<CertificateSheet> sheets = List.of(SampleCertificates.sheet(A4, overflowing));

        List<FitWarning> warnings = CertificateRenderer.check(sheets);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo(FieldKey.ACHIEVEMENT);
            assertThat(w.sheet()).isEqualTo("Phòng Hậu cần");
            assertThat(w.page()).isEqualTo(1);
        });
        CertificateRenderer.Report report = CertificateRenderer.render(sheets, PrinterOffset.NONE, "t",
                new ByteArrayOutputStream());
        assertThat(report.warnings()).hasSize(1);
        // printed in full at the minimum size: every word is still there
        byte[] pdf = CertificateRenderer.render(sheets, PrinterOffset.NONE, "t");
        assertThat(PdfLines.text(pdf).replaceAll("\\s+", " ")).contains(tooLong);
    }

    @Test
    void aWordWiderThanItsBoxIsNotSplit() {
        FieldBox narrow = FieldBox.of(FieldKey.REGISTER, 10, 10, 10, 30, Face.SERIF, 12, 9, Alignment.LEFT);
        FittedText fitted = narrow.fit("1234/QĐ-CAT-PV01-000123");
        assertThat(fitted.fits()).isFalse();
        assertThat(fitted.lines()).containsExactly("1234/QĐ-CAT-PV01-000123");
    }

    @Test
    void printingRefusesATextTheFontCannotDraw() {
        CertificateData data = SampleCertificates.collective("Đội 漢字 - Phòng Hậu cần");
        assertThatThrownBy(() -> CertificateRenderer.check(List.of(SampleCertificates.sheet(A4, data))))
                .isInstanceOf(MissingGlyphException.class)
                .satisfies(e -> assertThat(VietnameseMessages.of(e)).isEqualTo(
                        "Không in được \"Đội 漢字 - Phòng Hậu cần\": phông chữ không có ký tự \"漢字\" "
                        + "(ô \"Người, đơn vị nhận\"). Hãy sửa lại nội dung."));
        assertThatThrownBy(() -> CertificateRenderer.render(List.of(SampleCertificates.sheet(A4, data)),
                PrinterOffset.NONE, "t")).isInstanceOf(MissingGlyphException.class);
    }

    @Test
    void everyFaceOfTheCertificateHasEveryVietnameseLetter() {
        String lower = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
        String all = lower + VietText.upper(lower) + "0123456789.,:;-/()\"'%";
        List<String> gaps = new ArrayList<>();
        for (Face face : List.of(Face.SERIF, Face.SERIF_BOLD, Face.SERIF_ITALIC, Face.SERIF_BOLD_ITALIC, Face.TITLE)) {
            String missing = PdfFonts.missingGlyphs(face, all);
            if (!missing.isEmpty()) {
                gaps.add(face + ": " + missing);
            }
        }
        assertThat(gaps).isEmpty();
    }
}
