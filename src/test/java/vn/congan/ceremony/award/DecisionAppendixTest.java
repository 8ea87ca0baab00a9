package vn.congan.ceremony.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietnameseCollation;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.PersonRepository;
import vn.congan.ceremony.organisation.PositionSeniority;
import vn.congan.ceremony.testsupport.AbstractSpringTest;
import vn.congan.ceremony.testsupport.PdfDrawing.TextLine;
import vn.congan.ceremony.testsupport.PdfDrawing;

/**
 * A decision's appendix (PDF and Excel) as the demo's two decisions print it: under the body
 * that issued the decision, units named with the department above it, people in the domain
 * order unless the decision keeps its signed order.
 */
@Tag("db")
class DecisionAppendixTest extends AbstractSpringTest {

    @Autowired RecipientListExport export;
    @Autowired AwardDecisionRepository decisions;
    @Autowired AwardRepository awards;
    @Autowired PersonRepository people;

    private Long decision(String number) {
        return decisions.findAll().stream().filter(d -> d.getNumber().equals(number)).findFirst().orElseThrow()
                .getId();
    }

    /** The lines of page 1 above the list's title: the header's two columns. */
    private static List<TextLine> header(byte[] pdf) {
        List<TextLine> lines = PdfDrawing.lines(pdf);
        double title = lines.stream().filter(l -> l.text().startsWith("DANH SÁCH")).findFirst().orElseThrow()
                .baseline();
        return lines.stream().filter(l -> l.page() == 1 && l.baseline() > title && !l.text().isBlank()).toList();
    }

    private static List<String> headerLines(byte[] pdf) {
        return header(pdf).stream().map(l -> l.text().strip()).toList();
    }

    @Test
    void theMinistersAppendixListsUnderTheMinistryAloneAndNamesUnitsWithTheDepartment() throws IOException {
        byte[] pdf = export.pdf(decision(DemoDataLoader.BANG_KHEN_NUMBER));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/appendix-bang-khen.pdf"), pdf);

        assertThat(headerLines(pdf)).containsExactlyInAnyOrder("BỘ CÔNG AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc");
        String text = PdfDrawing.lines(pdf).stream().map(TextLine::text).reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("\nPhòng Cảnh sát hình sự, Công an tỉnh Bình An\n");
        assertThat(text).doesNotContain("CÔNG AN TỈNH BÌNH AN");
    }

    @Test
    void theDirectorsAppendixListsUnderTheMinistryOverTheDepartmentWithBareUnitNames() throws IOException {
        byte[] pdf = export.pdf(decision(DemoDataLoader.GIAY_KHEN_NUMBER));
        Files.write(Path.of("target/appendix-giay-khen.pdf"), pdf);

        assertThat(headerLines(pdf)).containsExactlyInAnyOrder("BỘ CÔNG AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "CÔNG AN TỈNH BÌNH AN", "Độc lập - Tự do - Hạnh phúc");
        List<TextLine> header = header(pdf);
        assertThat(baseline(header, "CÔNG AN TỈNH BÌNH AN")).as("the department under the ministry")
                .isLessThan(baseline(header, "BỘ CÔNG AN"));
        String text = PdfDrawing.lines(pdf).stream().map(TextLine::text).reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("\nPhòng Cảnh sát hình sự\n").doesNotContain(", Công an tỉnh Bình An");
    }

    @Test
    void theExcelTitleCarriesTheIssuingBodyOfTheDecision() throws IOException {
        try (XSSFWorkbook minister = new XSSFWorkbook(new ByteArrayInputStream(
                export.xlsx(decision(DemoDataLoader.BANG_KHEN_NUMBER))));
                XSSFWorkbook director = new XSSFWorkbook(new ByteArrayInputStream(
                        export.xlsx(decision(DemoDataLoader.GIAY_KHEN_NUMBER))))) {
            assertThat(leftHeader(minister.getSheetAt(0))).containsExactly("BỘ CÔNG AN");
            assertThat(minister.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .as("alone, on the national name's line").isEqualTo("BỘ CÔNG AN");
            assertThat(leftHeader(director.getSheetAt(0))).containsExactly("BỘ CÔNG AN", "CÔNG AN TỈNH BÌNH AN");
        }
    }

    private static double baseline(List<TextLine> lines, String text) {
        return lines.stream().filter(l -> l.text().strip().equals(text)).findFirst().orElseThrow().baseline();
    }

    private static List<String> leftHeader(Sheet sheet) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            var row = sheet.getRow(r);
            String value = row == null || row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
            if (!value.isBlank()) {
                lines.add(value);
            }
        }
        return lines;
    }

    @Test
    void individualsFollowUnitOrderRankPositionAndNameUnlessTheDecisionKeepsItsSignedOrder() {
        Long id = decision(DemoDataLoader.GIAY_KHEN_NUMBER);
        List<RecipientRow> shown = export.document(id).individuals();
        List<Person> listed = awards.findByDecisionWithRecipients(decisions.findById(id).orElseThrow()).stream()
                .filter(a -> !a.isCollective()).map(Award::getPerson).toList();
        Map<Long, Person> byId = new HashMap<>();
        listed.forEach(p -> byId.put(p.getId(), p));

        List<Person> inDomainOrder = new ArrayList<>(listed);
        inDomainOrder.sort(Comparator
                .comparingInt((Person p) -> p.getUnit() == null ? Integer.MAX_VALUE : p.getUnit().getOfficialOrder())
                .thenComparing(Person::getRank)
                .thenComparingInt(p -> PositionSeniority.of(p.getPosition()))
                .thenComparing(Person::getPosition, Comparator.nullsLast(VietnameseCollation.comparator()))
                .thenComparing(p -> PersonName.parse(p.getFullName()), PersonName.ALPHABETICAL));
        assertThat(shown).extracting(RecipientRow::personId)
                .as("the demo lists people in random order; the appendix sorts them")
                .containsExactlyElementsOf(inDomainOrder.stream().map(Person::getId).toList())
                .isNotEqualTo(listed.stream().map(Person::getId).toList());

        AwardDecision decision = decisions.findById(id).orElseThrow();
        decision.setKeepSignedOrder(true);
        decisions.save(decision);

        assertThat(export.document(id).individuals()).extracting(RecipientRow::personId)
                .containsExactlyElementsOf(listed.stream().map(Person::getId).toList());
    }
}
