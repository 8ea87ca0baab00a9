package vn.congan.ceremony.award.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
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
import vn.congan.ceremony.award.DecisionFixtures;
import vn.congan.ceremony.award.RecipientKind;
import vn.congan.ceremony.award.RecipientListExport;
import vn.congan.ceremony.award.RecipientRow;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.conference.ConferenceRepository;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.PersonRepository;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;
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
    @Autowired OrganisationService organisation;
    @Autowired RecipientListExport export;

    private Long emptyDecision;

    @BeforeEach
    void createEmptyDecision() {
        emptyDecision = DecisionFixtures.emptyDecision(decisions, forms, conferences);
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
    void aUnitNamedWithItsParentIsASubUnitOfThatParentInPreviewCommitAndOfficialOrder() {
        byte[] xlsx = new ListWorkbook(6).header()
                .merged("I. TẬP THỂ")
                .row(1, "Đội Trọng án thuộc Phòng Cảnh sát hình sự")
                .row(2, "Đội Điều tra tổng hợp, Phòng Cảnh sát hình sự")
                .merged("II. CÁ NHÂN")
                .row(1, "Lê Văn Trọng", "Đại úy", "Đội trưởng", "Đội Trọng án - Phòng Cảnh sát hình sự")
                .row(2, "Phan Thị Kinh", "Thượng úy", "Cán bộ", "Đội Kinh tế tổng hợp, phòng cảnh sát KINH TẾ")
                .xlsx();

        ImportPreview preview = service.preview(emptyDecision, service.parse("ds.xlsx", xlsx));

        assertThat(preview.rows()).extracting(PreviewRow::unit, PreviewRow::unitName, PreviewRow::newUnitParent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MatchStatus.NEW,
                                "Đội Trọng án - Phòng Cảnh sát hình sự", "Phòng Cảnh sát hình sự"),
                        org.assertj.core.groups.Tuple.tuple(MatchStatus.EXISTING,
                                "Đội Điều tra tổng hợp - Phòng Cảnh sát hình sự", null),
                        org.assertj.core.groups.Tuple.tuple(MatchStatus.NEW,
                                "Đội Trọng án - Phòng Cảnh sát hình sự", "Phòng Cảnh sát hình sự"),
                        org.assertj.core.groups.Tuple.tuple(MatchStatus.NEW,
                                "Đội Kinh tế tổng hợp - Phòng Cảnh sát kinh tế", "Phòng Cảnh sát kinh tế"));
        assertThat(preview.newUnits()).isEqualTo(2);

        ImportResult result = service.commit(emptyDecision, service.parse("ds.xlsx", xlsx));
        assertThat(result.newUnits()).isEqualTo(2);

        List<Unit> ordered = organisation.units();
        List<String> names = ordered.stream().map(Unit::getName).toList();
        int pc02 = names.indexOf("Phòng Cảnh sát hình sự");
        assertThat(names.subList(pc02, pc02 + 3)).containsExactly("Phòng Cảnh sát hình sự",
                "Đội Điều tra tổng hợp - Phòng Cảnh sát hình sự", "Đội Trọng án - Phòng Cảnh sát hình sự");
        int pc03 = names.indexOf("Phòng Cảnh sát kinh tế");
        assertThat(names.get(pc03 + 2)).isEqualTo("Đội Kinh tế tổng hợp - Phòng Cảnh sát kinh tế");
        assertThat(ordered.get(pc02 + 2).getParent().getName()).isEqualTo("Phòng Cảnh sát hình sự");
        assertThat(ordered).extracting(Unit::getOfficialOrder).isSorted()
                .doesNotHaveDuplicates();

        // the appendix lists the collectives in the official order, not the file's: the new sub-unit comes
        // after its parent's older team
        assertThat(export.document(emptyDecision).collectives()).extracting(RecipientRow::name)
                .extracting(name -> name.replace(", Công an tỉnh Bình An", "")) // a form above the department
                .containsExactly("Đội Điều tra tổng hợp - Phòng Cảnh sát hình sự",
                        "Đội Trọng án - Phòng Cảnh sát hình sự");

        tx.executeWithoutResult(s -> {
            List<Award> added = awards.findByDecisionWithRecipients(decisions.findById(emptyDecision)
                    .orElseThrow());
            assertThat(added).hasSize(4);
            assertThat(added.get(0).getUnit().getName()).isEqualTo("Đội Trọng án - Phòng Cảnh sát hình sự");
            assertThat(added.get(2).getPerson().getUnit().getId()).isEqualTo(added.get(0).getUnit().getId());
        });
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
                    IntStream.rangeClosed(1, 134).boxed().toList());
            assertThat(added.get(0).getUnit().getName()).isEqualTo("Văn phòng Công an tỉnh");
            Award firstPerson = added.get(38);
            assertThat(firstPerson.getPerson().getFullName()).isEqualTo(fixture.individualNames.get(0));
            assertThat(firstPerson.getPerson().getRank()).isEqualTo(Rank.DAI_UY);
            assertThat(firstPerson.getPerson().getUnit().getName()).isEqualTo("Văn phòng Công an tỉnh");
        });
    }

    @Test
    void aListIssuedAboveTheDepartmentMatchesUnitsNamedWithTheDepartment() {
        Long bangKhen = decisions.findAll().stream()
                .filter(d -> d.getNumber().equals(DemoDataLoader.BANG_KHEN_NUMBER)).findFirst().orElseThrow().getId();
        byte[] xlsx = export.xlsx(bangKhen);
        ParsedList list = service.parse("bang-khen.xlsx", xlsx);
        assertThat(list.rows()).extracting(ParsedRecipient::name).contains("Phòng Cảnh sát hình sự, Công an tỉnh Bình An");
        long unitsBefore = units.count();

        ImportPreview preview = service.preview(emptyDecision, list);
        ImportResult result = service.commit(emptyDecision, list);

        assertThat(preview.rows()).allMatch(r -> r.unit() == MatchStatus.EXISTING);
        assertThat(result.added()).isEqualTo(8);
        assertThat(result.newUnits()).isZero();
        assertThat(units.count()).isEqualTo(unitsBefore);
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
    void theRealListAgainstTheDemoGiayKhenDecisionFlagsTheUnitsAlreadyOnIt() {
        Long giayKhen = DecisionFixtures.giayKhen(decisions);
        ImportPreview preview = service.preview(giayKhen, service.parse("ds.xlsx", new RealListFixture().workbook.xlsx()));

        List<String> flagged = preview.rows().stream()
                .filter(r -> r.problems().contains(ImportProblem.ALREADY_ON_DECISION))
                .map(r -> r.recipient().name()).toList();
        // the demo decision holds the first 38 units: every named unit of the fixture but Đồng Tâm
        assertThat(flagged).hasSize(15).contains("Phòng Hậu cần", "Văn phòng Công an tỉnh")
                .doesNotContain("Công an huyện Đồng Tâm");
        assertThat(preview.importableCollectives()).isEqualTo(23);
    }

    @Test
    void namesThatFoldAlikeStayDifferentPeople() {
        var unit = units.findByName("Phòng Hậu cần").orElseThrow();
        Long ha = people.save(new Person("Lê Văn Hà", Rank.DAI_UY, null, unit)).getId();
        Long ha2 = people.save(new Person("Lê Văn Hạ", Rank.DAI_UY, null, unit)).getId();
        byte[] xlsx = new ListWorkbook(6).header()
                .row(1, "Lê Văn Hạ", "Đại úy", null, "Phòng Hậu cần")
                .row(2, "Lê Văn Hà", "Đại úy", null, "Phòng Hậu cần")
                .row(3, "LÊ VĂN HÀ", "Đại úy", null, "Phòng Hậu cần")
                .xlsx();

        ImportPreview preview = service.preview(emptyDecision, service.parse("ds.xlsx", xlsx));
        assertThat(preview.rows()).extracting(PreviewRow::person)
                .containsExactly(MatchStatus.EXISTING, MatchStatus.EXISTING, MatchStatus.EXISTING);
        assertThat(preview.rows()).extracting(PreviewRow::problems)
                .containsExactly(List.of(), List.of(), List.of(ImportProblem.DUPLICATE_IN_FILE));
        service.commit(emptyDecision, service.parse("ds.xlsx", xlsx));

        assertThat(awards.personIdsOn(decisions.findById(emptyDecision).orElseThrow())).containsExactlyInAnyOrder(ha, ha2);
    }

    @Test
    void withoutAUnitAnExistingPersonIsMatchedByTheExactNameAlone() {
        var unit = units.findByName("Phòng Hậu cần").orElseThrow();
        assertThat(people.findBySearchKey("khong minh triet")).isEmpty();
        Long triet = people.save(new Person("Khổng Minh Triết", Rank.DAI_UY, "Cán bộ", unit)).getId();
        // folds alike but is another name: exact diacritics decide
        people.save(new Person("Khổng Minh Triệt", Rank.THIEU_TA, "Cán bộ", unit));
        byte[] noUnitColumn = new ListWorkbook(4).row("STT", "Họ và tên", "Cấp bậc", "Chức vụ")
                .row(1, ListWorkbook.nfd("KHỔNG  MINH TRIẾT"), "Đại úy", "Cán bộ").xlsx();
        byte[] blankUnitCell = new ListWorkbook(6).header()
                .row(1, " khổng minh   triết", "Đại úy", "Cán bộ", null).xlsx();

        for (byte[] xlsx : List.of(noUnitColumn, blankUnitCell)) {
            ImportPreview preview = service.preview(emptyDecision, service.parse("ds.xlsx", xlsx));
            assertThat(preview.rows()).singleElement().satisfies(r -> {
                assertThat(r.person()).isEqualTo(MatchStatus.EXISTING);
                assertThat(r.problems()).isEmpty();
            });
            assertThat(preview.newPeople()).isZero();
        }
        long peopleBefore = people.count();

        ImportResult result = service.commit(emptyDecision, service.parse("ds.xlsx", noUnitColumn));

        assertThat(result.individuals()).isEqualTo(1);
        assertThat(result.newPeople()).isZero();
        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(awards.personIdsOn(decisions.findById(emptyDecision).orElseThrow())).containsExactly(triet);
    }

    @Test
    void withoutAUnitSeveralPeopleOfTheSameNameAreAProblemNotAGuess() {
        var hauCan = units.findByName("Phòng Hậu cần").orElseThrow();
        var hinhSu = units.findByName("Phòng Cảnh sát hình sự").orElseThrow();
        assertThat(people.findBySearchKey("dam van trung")).isEmpty();
        Long inHauCan = people.save(new Person("Đàm Văn Trùng", Rank.DAI_UY, "Cán bộ", hauCan)).getId();
        people.save(new Person("Đàm Văn Trùng", Rank.TRUNG_UY, "Cán bộ", hinhSu));
        byte[] xlsx = new ListWorkbook(6).header()
                .row(1, "Đàm Văn Trùng", "Đại úy", "Cán bộ", null)
                .row(2, "ĐÀM VĂN TRÙNG", "Đại úy", "Cán bộ", "Phòng Hậu cần")
                .xlsx();

        ImportPreview preview = service.preview(emptyDecision, service.parse("ds.xlsx", xlsx));

        assertThat(preview.rows()).extracting(PreviewRow::problems).containsExactly(
                List.of(ImportProblem.AMBIGUOUS_PERSON), List.of());
        assertThat(preview.rows().get(0).person()).isEqualTo(MatchStatus.NONE);
        assertThat(preview.rows().get(1).person()).isEqualTo(MatchStatus.EXISTING);
        long peopleBefore = people.count();

        ImportResult result = service.commit(emptyDecision, service.parse("ds.xlsx", xlsx));

        assertThat(result.individuals()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(awards.personIdsOn(decisions.findById(emptyDecision).orElseThrow())).containsExactly(inHauCan);
    }

    @Test
    void unitHeadingsAndCombinedColumnsMatchThePortalsUnitsAndAddNoPersonNamedAfterAUnit() {
        // "Cấp bậc, chức vụ" and "Chức vụ, đơn vị công tác", no unit column, a unit heading per group
        byte[] xlsx = ListWorkbook.withTitle().row("STT", "Họ và tên", "Cấp bậc, chức vụ", "Chức vụ, đơn vị công tác")
                .merged("II. CÁ NHÂN")
                .row(1, "Công an huyện An Lạc", null, null)
                .row(1, "Hoàng Văn Nhất", "Đại úy, Đội trưởng", null)
                .row(2, "Hoàng Văn Nhì", "Thượng úy", "Cán bộ, Phòng Hậu cần")
                .row(2, "Phòng Cảnh sát hình sự", null, null)
                .row(1, "Hoàng Văn Ba", "Thiếu tá", "Phó Trưởng phòng")
                .xlsx();
        long peopleBefore = people.count();

        ImportPreview preview = service.preview(emptyDecision, service.parse("ds.xlsx", xlsx));

        assertThat(preview.rows()).extracting(r -> r.recipient().name(), r -> r.recipient().unitName(), PreviewRow::unit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hoàng Văn Nhất", "Công an huyện An Lạc", MatchStatus.EXISTING),
                        org.assertj.core.groups.Tuple.tuple("Hoàng Văn Nhì", "Phòng Hậu cần", MatchStatus.EXISTING),
                        org.assertj.core.groups.Tuple.tuple("Hoàng Văn Ba", "Phòng Cảnh sát hình sự", MatchStatus.EXISTING));
        assertThat(preview.rows()).allMatch(PreviewRow::importable);
        assertThat(preview.newUnits()).isZero();

        ImportResult result = service.commit(emptyDecision, service.parse("ds.xlsx", xlsx));

        assertThat(result.individuals()).isEqualTo(3);
        assertThat(people.count()).isEqualTo(peopleBefore + 3);
        assertThat(people.findBySearchKey("cong an huyen an lac")).isEmpty();
        tx.executeWithoutResult(t -> {
            List<Award> added = awards.findByDecisionWithRecipients(decisions.findById(emptyDecision).orElseThrow());
            assertThat(added).extracting(a -> a.getPerson().getRank(), a -> a.getPerson().getPosition())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Rank.DAI_UY, "Đội trưởng"),
                            org.assertj.core.groups.Tuple.tuple(Rank.THUONG_UY, "Cán bộ"),
                            org.assertj.core.groups.Tuple.tuple(Rank.THIEU_TA, "Phó Trưởng phòng"));
        });
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
