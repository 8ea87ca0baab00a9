package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.testsupport.AbstractSpringTest;
import vn.congan.ceremony.testsupport.PdfDrawing.TextLine;
import vn.congan.ceremony.testsupport.PdfDrawing;

/** Before the ceremony has ended the report is a draft with provisional figures, on every page. */
class CeremonyReportDraftTest extends AbstractSpringTest {

    @Autowired
    CeremonySummaryService summaries;

    @Test
    void anUnfinishedCeremonyGivesADraftMarkedOnEveryPageAndInItsFileName() throws IOException {
        CeremonySummary s = summaries.summary();
        assertThat(s.finished()).isFalse();
        byte[] pdf = CeremonySummaryPdf.render(s);
        Files.write(Path.of("target", "ceremony-summary-draft.pdf"), pdf);
        List<TextLine> lines = PdfDrawing.lines(pdf);
        int pages = lines.get(lines.size() - 1).page();
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            int p = page;
            List<TextLine> marks = lines.stream().filter(l -> l.page() == p)
                    .filter(l -> l.text().strip().equals(CeremonySummaryPdf.DRAFT_MARK)).toList();
            assertThat(marks).as("page %d", page).hasSize(1);
            double highest = lines.stream().filter(l -> l.page() == p).mapToDouble(TextLine::baseline).max()
                    .orElseThrow();
            assertThat(marks.get(0).baseline()).as("at the top of page %d", page).isEqualTo(highest);
            assertThat(marks.get(0).size()).isGreaterThanOrEqualTo(13.0);
        }
        // from page 2 the page number, top centre (Decree 30); every font embedded
        for (int page = 2; page <= pages; page++) {
            int p = page;
            assertThat(lines).filteredOn(l -> l.page() == p && l.text().strip().equals(String.valueOf(p)))
                    .as("the number of page %d", page).hasSize(1);
        }
        assertThat(PdfDrawing.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(CeremonySummaryPdf.fileName(s)).isEqualTo("du-thao-bao-cao-le-trao-khen-thuong-2020-11-20.pdf");
        assertThat(s.newsDraft()).doesNotContain("đã ", "Đã ", "diễn ra")
                .contains("Công an tỉnh Bình An công bố các quyết định khen thưởng và trao");
        String text = String.join("\n", lines.stream().map(TextLine::text).toList());
        assertThat(text).doesNotContain("đã công bố", "đã trao", "đã diễn ra");
    }

    @Test
    void theSubjectHasItsShortRuleAndTheNewsDraftLeavesItsInternalNoteOnThePage() throws IOException {
        CeremonySummary s = summaries.summary();
        byte[] pdf = CeremonySummaryPdf.render(s);
        List<TextLine> lines = PdfDrawing.lines(pdf);
        // the subject's last line: the line above the first section heading that is not the draft notice
        TextLine title = lines.stream().filter(l -> l.page() == 1 && l.text().strip().equals("BÁO CÁO")).findFirst()
                .orElseThrow();
        List<TextLine> subject = lines.stream().filter(l -> l.page() == 1 && l.baseline() < title.baseline())
                .filter(l -> !l.text().isBlank())
                .takeWhile(l -> !l.text().startsWith("(") && !l.text().startsWith("1.")).toList();
        assertThat(subject).isNotEmpty();
        TextLine last = subject.get(subject.size() - 1);
        assertThat(String.join(" ", subject.stream().map(l -> l.text().strip()).toList()))
                .startsWith(CeremonySummaryPdf.SUBJECT);
        List<PdfDrawing.Segment> under = PdfDrawing.horizontalStrokes(pdf, 1).stream()
                .filter(r -> r.y() < last.baseline() && r.y() > last.baseline() - 14).toList();
        assertThat(under).as("one rule under the subject's last line %s", last).hasSize(1);
        double widest = subject.stream().mapToDouble(TextLine::width).max().orElseThrow();
        assertThat(under.get(0).length()).as("rule under %s", subject).isBetween(widest / 3, widest / 2);
        assertThat(under.get(0).centre()).isCloseTo(last.centre(), org.assertj.core.data.Offset.offset(2.0));

        String text = String.join("\n", lines.stream().map(TextLine::text).toList());
        if (!s.absent().isEmpty() || !s.onBehalf().isEmpty()) {
            assertThat(s.newsDraft()).contains("Ghi chú nội bộ");
        }
        assertThat(text).doesNotContain("Ghi chú nội bộ", "không đăng");
    }
}
