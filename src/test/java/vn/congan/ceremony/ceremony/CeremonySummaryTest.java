package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfRendering;
import vn.congan.ceremony.common.text.TitleLines;
import vn.congan.ceremony.testsupport.AbstractSpringTest;
import vn.congan.ceremony.testsupport.PdfDrawing.TextLine;
import vn.congan.ceremony.testsupport.PdfDrawing;

@Tag("db")
class CeremonySummaryTest extends AbstractSpringTest {

    @Autowired
    CeremonyService ceremony;

    @Autowired
    CeremonySummaryService summaries;

    private String absentLine;
    private String onBehalfLine;

    @BeforeEach
    void runTheWholeCeremony() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        LiveCeremony live = ceremony.live();
        LiveCeremony.LiveRecipient absent = live.recipients().get(4);
        LiveCeremony.LiveRecipient taken = live.recipients().get(20);
        absentLine = absent.recipient().readLine();
        onBehalfLine = taken.recipient().readLine();
        live = ceremony.execute(new CeremonyCommand.SetStatus(live.version(), "door", absent.awardId(),
                RecipientStatus.ABSENT, null));
        live = ceremony.execute(new CeremonyCommand.SetStatus(live.version(), "door", taken.awardId(),
                RecipientStatus.RECEIVED_ON_BEHALF, "Đại úy Lê Văn Tám"));
        while (!live.finished()) {
            live = ceremony.execute(new CeremonyCommand.Next(live.version(), "tablet"));
        }
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSummaryCountsFormsAndKindsAndListsAbsencesAndTheTimeline() {
        CeremonySummary s = summaries.summary();
        assertThat(s.finished()).isTrue();
        assertThat(s.counts()).extracting(c -> c.formName() + ": " + NewsDraft.countPhrase(c.collectives(), c.individuals()))
                .containsExactly("Bằng khen của Bộ trưởng Bộ Công an: 3 tập thể, 5 cá nhân",
                        "Giấy khen của Giám đốc Công an tỉnh: 38 tập thể, 96 cá nhân");
        assertThat(s.absent()).extracting(CeremonySummary.Line::recipient).containsExactly(absentLine);
        assertThat(s.onBehalf()).singleElement().satisfies(l -> {
            assertThat(l.recipient()).isEqualTo(onBehalfLine);
            assertThat(l.receivedBy()).isEqualTo("Đại úy Lê Văn Tám");
        });
        assertThat(s.timeline()).hasSize(10).allSatisfy(row -> {
            assertThat(row.actualStart()).isNotNull();
            assertThat(row.actualMinutes()).isNotNull();
        });
        assertThat(s.timeline().get(0).plannedStart()).hasToString("07:30");
        assertThat(s.newsDraft()).startsWith("Sáng ngày 20/11/2020, tại Hội trường Công an tỉnh Bình An, "
                + "Công an tỉnh Bình An tổ chức Hội nghị tổng kết Phong trào thi đua đặc biệt.")
                .contains("Đồng chí Đại tá Nguyễn Thế Hùng, Giám đốc Công an tỉnh chủ trì hội nghị.")
                .contains("trao Bằng khen của Bộ trưởng Bộ Công an cho 3 tập thể, 5 cá nhân và Giấy khen của Giám đốc "
                        + "Công an tỉnh cho 38 tập thể, 96 cá nhân có thành tích xuất sắc trong phong trào.");
    }

    @Test
    void thePdfReportCarriesTheFactsInVietnamese() throws IOException {
        CeremonySummary s = summaries.summary();
        byte[] pdf = CeremonySummaryPdf.render(s);
        Path out = Path.of("target", "ceremony-summary.pdf");
        Files.write(out, pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Kết quả lễ trao khen thưởng",
                "Bình An, ngày 20 tháng 11 năm 2020", "38 tập thể, 96 cá nhân", "3 tập thể, 5 cá nhân",
                "người nhận thay: Đại úy Lê Văn Tám", "Thời gian thực tế so với kế hoạch", "Trao khen thưởng",
                "Dự thảo tin bài");
        assertThat(text).contains(absentLine.replaceAll("\\s+", " ").substring(0, 20));
        assertThat(PdfFonts.missingGlyphs(PdfFonts.Face.SERIF, s.newsDraft() + absentLine + onBehalfLine)).isEmpty();
    }

    @Test
    void theFinishedReportHasTheFormOfADecree30ReportAndNoDraftMark() {
        CeremonySummary s = summaries.summary();
        byte[] pdf = CeremonySummaryPdf.render(s);
        List<TextLine> lines = PdfDrawing.lines(pdf);
        String text = lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
        assertThat(s.form().numberSuffix()).as("the organising team's office").isEqualTo("BC-CAT-PV01");
        assertThat(CeremonySummaryPdf.fileName(s)).isEqualTo("bao-cao-le-trao-khen-thuong-2020-11-20.pdf");
        assertThat(text).doesNotContain("DỰ THẢO", "tạm thời");

        TextLine number = only(lines, l -> l.text().matches("Số:\\s+/" + s.form().numberSuffix()));
        TextLine date = only(lines, l -> l.text().strip().equals("Bình An, ngày 20 tháng 11 năm 2020"));
        TextLine body = only(lines, l -> l.text().strip().equals("CÔNG AN TỈNH BÌNH AN"));
        assertThat(number.baseline()).as("the number line under the issuing body").isLessThan(body.baseline())
                .isCloseTo(date.baseline(), within(1.0));
        assertThat(number.centre()).as("centred under the issuing body").isCloseTo(body.centre(), within(2.0));
        assertThat(date.left()).as("the date line in the right column").isGreaterThan(number.right());

        TextLine title = only(lines, l -> l.text().strip().equals("BÁO CÁO"));
        assertThat(title.size()).isEqualTo(14.0);
        // the subject under the title, broken between phrases
        int at = lines.indexOf(title);
        List<String> subject = lines.subList(at + 1, lines.size()).stream().takeWhile(l -> l.size() == 14.0)
                .map(l -> l.text().strip()).toList();
        assertThat(String.join(" ", subject)).isEqualTo("Kết quả lễ trao khen thưởng tại " + s.conferenceTitle());
        assertThat(subject).hasSizeGreaterThan(1);
        assertThat(TitleLines.breaks(subject)).isEqualTo(TitleLines.Breaks.PHRASES);

        // the body in 13 pt (Decree 30: 13-14), tables in 12
        TextLine section = only(lines, l -> l.text().strip().equals("1. Số lượng khen thưởng"));
        assertThat(section.size()).isEqualTo(13.0);
        TextLine news = only(lines, l -> l.text().strip().startsWith("Sáng ngày 20/11/2020"));
        assertThat(news.size()).isEqualTo(13.0);

        // "Nơi nhận" at the bottom left, the signature block at the bottom right, on the last page
        int last = lines.get(lines.size() - 1).page();
        TextLine received = only(lines, l -> l.text().strip().equals("Nơi nhận:"));
        TextLine capacity = only(lines, l -> l.text().strip().equals("GIÁM ĐỐC"));
        TextLine signer = only(lines, l -> l.text().strip().equals("Đại tá Nguyễn Thế Hùng"));
        assertThat(List.of(received.page(), capacity.page(), signer.page())).containsOnly(last);
        assertThat(received.baseline()).as("below the news draft").isLessThan(
                lines.stream().filter(l -> l.page() == last && l.text().contains("thành tích xuất sắc"))
                        .mapToDouble(TextLine::baseline).min().orElse(Double.MAX_VALUE));
        assertThat(received.left()).isLessThan(PdfRendering.mm(40));
        assertThat(capacity.left()).isGreaterThan(PdfRendering.mm(110));
        assertThat(capacity.baseline() - signer.baseline()).as("room for signature and seal")
                .isGreaterThan(PdfRendering.mm(20));
        assertThat(signer.centre()).isCloseTo(capacity.centre(), within(2.0));
        assertThat(text).contains("- Bộ Công an (để b/c);", "- Lưu: VT, PV01.");
    }

    private static TextLine only(List<TextLine> lines, Predicate<TextLine> which) {
        List<TextLine> found = lines.stream().filter(which).toList();
        assertThat(found).as("lines among %s", lines.stream().map(TextLine::text).toList()).hasSize(1);
        return found.get(0);
    }
}
