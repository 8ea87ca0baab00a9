package vn.congan.ceremony.award.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.AwardFormRepository;
import vn.congan.ceremony.award.AwardRepository;
import vn.congan.ceremony.award.RecipientKind;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.conference.ConferenceRepository;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.organisation.PersonRepository;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.UnitRepository;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

@Tag("db")
class RecipientImportServiceTest extends AbstractSpringTest {

    @Autowired RecipientImportService service;
    @Autowired AwardDecisionRepository decisions;
    @Autowired AwardFormRepository forms;
    @Autowired ConferenceRepository conferences;
    @Autowired AwardRepository awards;
    @Autowired UnitRepository units;
    @Autowired PersonRepository people;
    @Autowired TransactionTemplate tx;

    private Long emptyDecision;

    @BeforeEach
    void createEmptyDecision() {
        AwardDecision decision = new AwardDecision(conferences.findFirstByCurrentTrue().orElseThrow(),
                forms.findAllByOrderByPrecedenceAsc().get(1), "99/QĐ-TEST", LocalDate.of(2020, 11, 15));
        decision.setSignerCapacity("Giám đốc");
        decision.setSignerName("Nguyễn Thế Hùng");
        emptyDecision = decisions.save(decision).getId();
    }

    @Test
    void thePreviewMatchesUnitsAndPeopleByNormalisedNameAndMarksTheRestNew() {
        byte[] xlsx = new ListWorkbook(6).header()
                .merged("I. TẬP THỂ")
                .row(1, ListWorkbook.nfd("phòng  HẬU CẦN"))
                .row(2, "Phòng Tham mưu mới lập")
                .merged("II. CÁ NHÂN")
                .row(1, "NGUYEN THE HUNG", "Đại tá", "Giám đốc", "van phong cong an tinh")
                .row(2, "Nguyễn Thế Hùng", "Đại tá", "Cán bộ", "Phòng Hậu cần")
                .row(3, "Hoàng Văn Mới", "Thiếu úy", "Cán bộ", "Đội Mới thành lập")
                .xlsx();

        ImportPreview preview = service.preview(emptyDecision, service.parse("ds.xlsx", xlsx));

        assertThat(preview.rows()).extracting(PreviewRow::unit, PreviewRow::person).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MatchStatus.EXISTING, MatchStatus.NONE),
                org.assertj.core.groups.Tuple.tuple(MatchStatus.NEW, MatchStatus.NONE),
                org.assertj.core.groups.Tuple.tuple(MatchStatus.EXISTING, MatchStatus.EXISTING),
                org.assertj.core.groups.Tuple.tuple(MatchStatus.EXISTING, MatchStatus.NEW),
                org.assertj.core.groups.Tuple.tuple(MatchStatus.NEW, MatchStatus.NEW));
        assertThat(preview.newUnits()).isEqualTo(2);
        assertThat(preview.newPeople()).isEqualTo(2);
        assertThat(preview.skipped()).isZero();
    }

    @Test
    void theCommitAddsTheRealSizedListAndCreatesWhatIsNew() {
        long unitsBefore = units.count();
        long peopleBefore = people.count();
        RealListFixture fixture = new RealListFixture();
        ParsedList list = service.parse("ds.xlsx", fixture.workbook.xlsx());

        ImportResult result = service.commit(emptyDecision, list);

        assertThat(result.collectives()).isEqualTo(38);
        assertThat(result.individuals()).isEqualTo(96);
        assertThat(result.newPeople()).isEqualTo(96);
        // 16 named units exist in the demo; "Công an xã số N - ..." are new
        assertThat(result.newUnits()).isEqualTo(38 - 16);
        assertThat(units.count()).isEqualTo(unitsBefore + 22);
        assertThat(people.count()).isEqualTo(peopleBefore + 96);
        tx.executeWithoutResult(s -> {
            List<Award> added = awards.findByDecisionWithRecipients(decisions.findById(emptyDecision).orElseThrow());
            assertThat(added).hasSize(134);
            assertThat(added).extracting(Award::getListOrder).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 134).boxed().toList());
            assertThat(added.get(0).getUnit().getName()).isEqualTo("Văn phòng Công an tỉnh");
            Award firstPerson = added.get(38);
            assertThat(firstPerson.getPerson().getFullName()).isEqualTo(fixture.individualNames.get(0));
            assertThat(firstPerson.getPerson().getRank()).isEqualTo(Rank.DAI_UY);
            assertThat(firstPerson.getPerson().getUnit().getName()).isEqualTo("Văn phòng Công an tỉnh");
        });
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() {
        byte[] xlsx = new RealListFixture().workbook.xlsx();
        service.commit(emptyDecision, service.parse("ds.xlsx", xlsx));
        long awardsAfterFirst = awards.count();
        long peopleAfterFirst = people.count();
        long unitsAfterFirst = units.count();

        ImportPreview second = service.preview(emptyDecision, service.parse("ds.xlsx", xlsx));
        ImportResult result = service.commit(emptyDecision, service.parse("ds.xlsx", xlsx));

        assertThat(second.rows()).allMatch(r -> r.problems().equals(List.of(ImportProblem.ALREADY_ON_DECISION)));
        assertThat(second.rows()).allMatch(r -> r.unit() == MatchStatus.EXISTING);
        assertThat(result.added()).isZero();
        assertThat(result.skipped()).isEqualTo(134);
        assertThat(awards.count()).isEqualTo(awardsAfterFirst);
        assertThat(people.count()).isEqualTo(peopleAfterFirst);
        assertThat(units.count()).isEqualTo(unitsAfterFirst);
    }

    @Test
    void rowsAlreadyOnTheDecisionAndRowsWithProblemsAreSkipped() {
        Long giayKhen = decisions.findAll().stream()
                .filter(d -> d.getNumber().equals(DemoDataLoader.GIAY_KHEN_NUMBER)).findFirst().orElseThrow().getId();
        byte[] xlsx = new ListWorkbook(6).header()
                .merged("I. TẬP THỂ")
                .row(1, "Văn phòng Công an tỉnh")
                .row(2, "Phòng Mới")
                .merged("II. CÁ NHÂN")
                .row(1, "Trần Văn Lạ", "Đại úi", "Cán bộ", "Phòng Hậu cần")
                .xlsx();
        long before = awards.count();

        ImportResult result = service.commit(giayKhen, service.parse("ds.xlsx", xlsx));

        assertThat(result.collectives()).isEqualTo(1);
        assertThat(result.individuals()).isZero();
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(awards.count()).isEqualTo(before + 1);
    }

    @Test
    void aFailureHalfwayWritesNothing() {
        long unitsBefore = units.count();
        long peopleBefore = people.count();
        long awardsBefore = awards.count();
        // the parser reports over-long text; a list built by hand gets past it and fails in the database
        ParsedRecipient unit = new ParsedRecipient(2, RecipientKind.COLLECTIVE, "Đơn vị hoàn toàn mới", null,
                Rank.NONE, null, null, null, null, null, List.of());
        ParsedRecipient person = new ParsedRecipient(3, RecipientKind.INDIVIDUAL, "Trần Văn Dài",
                PersonName.parse("Trần Văn Dài"), Rank.DAI_UY, "Đại úy", "Cán bộ ".repeat(80).trim(),
                "Phòng Hậu cần", null, null, List.of());
        ParsedList list = new ParsedList("ds.xlsx", "DS", 1, List.of(unit, person));

        assertThatThrownBy(() -> service.commit(emptyDecision, list)).isInstanceOf(RuntimeException.class);

        assertThat(units.count()).isEqualTo(unitsBefore);
        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(awards.count()).isEqualTo(awardsBefore);
    }
}
