package vn.congan.ceremony.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.award.AwardCount;
import vn.congan.ceremony.award.AwardFormRepository;
import vn.congan.ceremony.award.AwardService;
import vn.congan.ceremony.award.IssuingBody;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.organisation.OrgSettingsRepository;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.PersonRepository;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.organisation.UnitRepository;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

@Tag("db")
class DemoDataTest extends AbstractSpringTest {

    @Autowired
    OrganisationService organisationService;

    @Autowired
    ConferenceService conferences;
    @Autowired
    AwardService awards;
    @Autowired
    UnitRepository units;
    @Autowired
    PersonRepository people;
    @Autowired
    AwardFormRepository forms;
    @Autowired
    OrgSettingsRepository settings;

    @Test
    void theReferenceConferenceIsCurrent() {
        Conference conference = conferences.current().orElseThrow();
        assertThat(conference.getTitle()).isEqualTo("Hội nghị tổng kết Phong trào thi đua đặc biệt");
        assertThat(conference.getDate()).isEqualTo(LocalDate.of(2020, 11, 20));
        assertThat(conference.getStartTime()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void theDirectorsGiayKhenGoesTo38CollectivesAnd96Individuals() {
        List<AwardCount> counts = awards.countsByForm(conferences.current().orElseThrow());
        assertThat(counts).extracting(AwardCount::formName, AwardCount::collectives, AwardCount::individuals)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bằng khen của Bộ trưởng Bộ Công an", 3L, 5L),
                        org.assertj.core.groups.Tuple.tuple("Giấy khen của Giám đốc Công an tỉnh", 38L, 96L));
    }

    @Test
    void eachAwardFormNamesTheBodyThatIssuesIt() {
        var settingsRow = settings.findFirstByOrderByIdAsc().orElseThrow();
        assertThat(forms.findAllByOrderByPrecedenceAsc()).extracting(f -> f.issuingBody(settingsRow)).extracting(
                IssuingBody::parentBody, IssuingBody::name, IssuingBody::place, IssuingBody::numberSuffix,
                IssuingBody::departmentLevel).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "CHỦ TỊCH NƯỚC", "Hà Nội", "QĐ-CTN", false),
                        org.assertj.core.groups.Tuple.tuple(null, "THỦ TƯỚNG CHÍNH PHỦ", "Hà Nội", "QĐ-TTg", false),
                        org.assertj.core.groups.Tuple.tuple(null, "BỘ CÔNG AN", "Hà Nội", "QĐ-BCA-X01", false),
                        org.assertj.core.groups.Tuple.tuple("BỘ CÔNG AN", "CÔNG AN TỈNH BÌNH AN", "Bình An",
                                "QĐ-CAT-PV01", true));
        assertThat(DemoDataLoader.BANG_KHEN_NUMBER).endsWith("/QĐ-BCA-X01");
        assertThat(DemoDataLoader.GIAY_KHEN_NUMBER).endsWith("/QĐ-CAT-PV01");
    }

    @Test
    void noSergeantLeadsATeamAndInvestigatorsAreOfficers() {
        Map<String, Rank> least = Map.of(
                "Phó Trưởng phòng", Rank.THIEU_TA,
                "Đội trưởng", Rank.DAI_UY,
                "Phó Đội trưởng", Rank.THUONG_UY,
                "Điều tra viên", Rank.THIEU_UY,
                "Trinh sát viên", Rank.THIEU_UY);
        List<Person> all = organisationService.peopleWithPosition();
        assertThat(all).filteredOn(p -> least.containsKey(p.getPosition())).hasSizeGreaterThan(20)
                .allSatisfy(p -> assertThat(p.getRank().ordinal()).as(p.getRankAndName() + ", " + p.getPosition())
                        .isLessThanOrEqualTo(least.get(p.getPosition()).ordinal()));
    }

    @Test
    void unitsAreInOfficialOrderAndNamesAreNfc() {
        List<Unit> ordered = units.findAllByOrderByOfficialOrderAscNameAsc();
        assertThat(ordered).hasSizeGreaterThanOrEqualTo(38);
        assertThat(ordered.get(0).getName()).isEqualTo("Văn phòng Công an tỉnh");
        assertThat(people.findAll()).allSatisfy(p -> {
            assertThat(Normalizer.isNormalized(p.getFullName(), Normalizer.Form.NFC)).isTrue();
            assertThat(p.getSearchKey()).isEqualTo(VietText.fold(p.getFullName()));
        });
    }

    @Test
    void theGeneratorIsDeterministic() {
        List<String> first = people.findAll().stream().map(p -> p.getFullName()).sorted().toList();
        database.resetToDemo();
        List<String> second = people.findAll().stream().map(p -> p.getFullName()).sorted().toList();
        assertThat(second).isEqualTo(first);
    }
}
