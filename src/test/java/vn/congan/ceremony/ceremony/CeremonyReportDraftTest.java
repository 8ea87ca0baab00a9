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
        assertThat(CeremonySummaryPdf.fileName(s)).isEqualTo("du-thao-bao-cao-le-trao-khen-thuong-2020-11-20.pdf");
        assertThat(s.newsDraft()).doesNotContain("đã ", "Đã ", "diễn ra")
                .contains("Công an tỉnh Bình An công bố các quyết định khen thưởng và trao");
        String text = String.join("\n", lines.stream().map(TextLine::text).toList());
        assertThat(text).doesNotContain("đã công bố", "đã trao", "đã diễn ra");
    }
}
