package vn.congan.ceremony.common.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.RecipientListExport;
import vn.congan.ceremony.ceremony.CeremonySummaryPdf;
import vn.congan.ceremony.ceremony.CeremonySummaryService;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.ProgrammeService;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.stage.McScriptService;
import vn.congan.ceremony.testsupport.AbstractSpringTest;
import vn.congan.ceremony.testsupport.PdfDrawing;
import vn.congan.ceremony.testsupport.PdfDrawing.Segment;
import vn.congan.ceremony.testsupport.PdfDrawing.TextLine;

/**
 * Every document of the demo with the Decree 30 header: the rule under the issuing body is
 * centred under it and one third to one half of its length (not a full underline), and a
 * heading that takes two lines breaks between phrases.
 */
class OfficialHeaderTest extends AbstractSpringTest {

    @Autowired ConferenceService conferences;
    @Autowired ProgrammeService programme;
    @Autowired McScriptService script;
    @Autowired CeremonySummaryService summaries;
    @Autowired RecipientListExport lists;
    @Autowired AwardDecisionRepository decisions;

    private Long decision(String number) {
        return decisions.findAll().stream().filter(d -> d.getNumber().equals(number)).findFirst().orElseThrow()
                .getId();
    }

    private List<Supplier<byte[]>> documents() {
        Conference conference = conferences.current().orElseThrow();
        return List.of(() -> lists.pdf(decision(DemoDataLoader.BANG_KHEN_NUMBER)),
                () -> lists.pdf(decision(DemoDataLoader.GIAY_KHEN_NUMBER)),
                () -> programme.programmePdf(conference),
                () -> script.orderListPdf(conference),
                () -> CeremonySummaryPdf.render(summaries.summary()));
    }

    @Test
    void theRuleUnderTheIssuingBodyIsCentredAndAThirdToAHalfOfItsLength() {
        List<Supplier<byte[]>> documents = documents();
        for (int d = 0; d < documents.size(); d++) {
            byte[] pdf = documents.get(d).get();
            List<TextLine> lines = PdfDrawing.lines(pdf);
            // the issuing body: the department, or the ministry alone on the Minister's list
            TextLine body = lines.stream().filter(l -> l.page() == 1)
                    .filter(l -> Set.of("CÔNG AN TỈNH BÌNH AN", "BỘ CÔNG AN").contains(l.text().strip()))
                    .reduce((first, second) -> second.baseline() < first.baseline() ? second : first).orElseThrow();
            List<Segment> under = PdfDrawing.horizontalStrokes(pdf, 1).stream()
                    .filter(s -> s.y() < body.baseline() && s.y() > body.baseline() - 14)
                    .filter(s -> s.right() > body.left() - 20 && s.left() < body.right() + 20).toList();

            assertThat(under).as("document %d: one rule under %s at %s among %s", d, body.text(), body,
                    PdfDrawing.horizontalStrokes(pdf, 1)).hasSize(1);
            Segment rule = under.get(0);
            assertThat(rule.length()).as("rule length against %s wide text", body.width())
                    .isBetween(body.width() / 3, body.width() / 2);
            assertThat(body.baseline() - rule.y()).as("just under the body, clear of its descenders")
                    .isBetween(4.0, 8.0);
            assertThat(rule.centre()).as("centred under the body").isCloseTo(body.centre(),
                    org.assertj.core.data.Offset.offset(1.5));
        }
    }

    @Test
    void aTwoLineTitleBreaksBetweenPhrases() {
        byte[] pdf = lists.pdf(decision(DemoDataLoader.BANG_KHEN_NUMBER));

        List<String> title = PdfDrawing.lines(pdf).stream().map(l -> l.text().strip())
                .dropWhile(t -> !t.startsWith("DANH SÁCH")).takeWhile(t -> !t.startsWith("(Kèm theo")).toList();

        assertThat(title).containsExactly("DANH SÁCH TẬP THỂ, CÁ NHÂN", "ĐƯỢC TẶNG BẰNG KHEN CỦA BỘ TRƯỞNG BỘ CÔNG AN");
    }
}
