package vn.congan.ceremony.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.ProgrammeService;
import vn.congan.ceremony.print.certificate.PdfLines;
import vn.congan.ceremony.seating.print.SeatingDocuments;
import vn.congan.ceremony.stage.McScriptService;
import vn.congan.ceremony.testsupport.CleanSchemaConfiguration;
import vn.congan.ceremony.testsupport.TestDatabase;

/**
 * The printed papers other than certificates on the large ceremony (2,350 recipients, 235
 * batches, 2,816 seats): the programme, the MC script, the award order list, the seating chart
 * and the name cards, each made as its download makes it. Prints the time (median of 3 after a
 * warm-up) and the pages of each, fails above 1 s for the small papers and 3 s for those of
 * thousands of pages; the PDFs go to {@code target/large-documents/} to be looked at.
 *
 * <p>Run: {@code ./mvnw -o test -Pbenchmark -Dtest=LargeDocumentsBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "logging.level.org.hibernate.SQL=warn")
@Import({TestDatabase.class, CleanSchemaConfiguration.class})
class LargeDocumentsBenchmark {

    static final int ROUNDS = 3;
    static final Path OUT = Path.of("target", "large-documents");

    @Autowired
    TestDatabase database;
    @Autowired
    ConferenceService conferences;
    @Autowired
    ProgrammeService programme;
    @Autowired
    McScriptService script;
    @Autowired
    SeatingDocuments seating;

    @Test
    void everyPaperOfTheLargeCeremonyIsMadeInSeconds() throws IOException {
        database.resetToLarge();
        Conference conference = conferences.current().orElseThrow();
        Map<String, Supplier<byte[]>> papers = new LinkedHashMap<>();
        papers.put("programme", () -> programme.programmePdf(conference));
        papers.put("mc-script", () -> script.scriptPdf(conference));
        papers.put("award-order-list", () -> script.orderListPdf(conference));
        papers.put("seating-chart", () -> seating.chart(conference));
        papers.put("name-cards", () -> seating.nameCards(conference));
        Files.createDirectories(OUT);
        List<String> missed = new ArrayList<>();
        System.out.println();
        for (Map.Entry<String, Supplier<byte[]>> paper : papers.entrySet()) {
            byte[] pdf = paper.getValue().get(); // warm-up
            long[] times = new long[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                pdf = paper.getValue().get();
                times[i] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            Files.write(OUT.resolve(paper.getKey() + ".pdf"), pdf);
            int pages = PdfLines.pages(pdf);
            double ms = times[ROUNDS / 2] / 1e6;
            double target = pages > 100 ? 3000 : 1000;
            System.out.printf(Locale.ROOT, "[benchmark] %-17s %5d pages, %,8d KB: %7.0f ms (target < %.0f) %s%n",
                    paper.getKey(), pages, pdf.length / 1024, ms, target, ms < target ? "ok" : "MISSED");
            if (ms >= target) {
                missed.add(paper.getKey());
            }
        }
        assertThat(missed).as("papers above their target").isEmpty();
    }
}
