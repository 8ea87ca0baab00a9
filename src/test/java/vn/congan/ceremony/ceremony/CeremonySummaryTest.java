package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.congan.ceremony.testsupport.AbstractSpringTest;

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
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO KẾT QUẢ LỄ TRAO KHEN THƯỞNG",
                "Bình An, ngày 20 tháng 11 năm 2020", "38 tập thể, 96 cá nhân", "3 tập thể, 5 cá nhân",
                "người nhận thay: Đại úy Lê Văn Tám", "Thời gian thực tế so với kế hoạch", "Trao khen thưởng",
                "Dự thảo tin bài");
        assertThat(text).contains(absentLine.replaceAll("\\s+", " ").substring(0, 20));
        assertThat(PdfFonts.missingGlyphs(PdfFonts.Face.SERIF, s.newsDraft() + absentLine + onBehalfLine)).isEmpty();
    }
}
