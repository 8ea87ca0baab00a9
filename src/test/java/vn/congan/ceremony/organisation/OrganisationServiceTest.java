package vn.congan.ceremony.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

@Tag("db")
class OrganisationServiceTest extends AbstractSpringTest {

    @Autowired OrganisationService service;

    @Test
    void unitsMoveUpAndDownAmongTheirLevelWithTheirSubUnitsAndStayPutAtTheEnds() {
        List<Unit> before = service.units();
        // the demo: each department unit followed by one team or commune police of its own
        Unit office = before.get(0);
        Unit officeTeam = before.get(1);
        Unit second = before.get(2);
        Unit secondTeam = before.get(3);
        assertThat(officeTeam.getParent().getId()).isEqualTo(office.getId());

        service.moveUnit(second.getId(), -1);
        assertThat(service.units()).extracting(Unit::getId).startsWith(second.getId(), secondTeam.getId(),
                office.getId(), officeTeam.getId());
        service.moveUnit(second.getId(), -1);
        assertThat(service.units().get(0).getId()).isEqualTo(second.getId());
        service.moveUnit(second.getId(), 1);
        assertThat(service.units()).extracting(Unit::getId).containsExactlyElementsOf(
                before.stream().map(Unit::getId).toList());
        // an only sub-unit has nowhere to go; the last unit stays last
        service.moveUnit(officeTeam.getId(), 1);
        assertThat(service.units().get(1).getId()).isEqualTo(officeTeam.getId());
        Unit last = before.get(before.size() - 2);
        service.moveUnit(last.getId(), 1);
        assertThat(service.units().get(before.size() - 2).getId()).isEqualTo(last.getId());
        assertThat(service.units()).extracting(Unit::getOfficialOrder).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aUnitPutUnderAnotherStandsLastUnderItAndCannotGoUnderItsOwnSubUnit() {
        List<Unit> before = service.units();
        Unit office = before.get(0);
        Unit officeTeam = before.get(1);
        Unit pc02 = before.stream().filter(u -> u.getName().equals("Phòng Cảnh sát hình sự")).findFirst()
                .orElseThrow();

        Unit added = service.saveUnit(null, "Đội Trọng án - Phòng Cảnh sát hình sự", null, pc02.getId());
        List<String> names = service.units().stream().map(Unit::getName).toList();
        int at = names.indexOf("Phòng Cảnh sát hình sự");
        assertThat(names.get(at + 2)).isEqualTo(added.getName());

        assertThatThrownBy(() -> service.saveUnit(office.getId(), office.getName(), office.getShortCode(),
                officeTeam.getId())).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("organisation.error.unitParentCycle");
    }

    @Test
    void aNewUnitGoesLastAndANameTakenIgnoringCaseAndMarksIsRefused() {
        Unit added = service.saveUnit(null, "  Phòng  Tham mưu ", "PV01-TM");
        assertThat(added.getName()).isEqualTo("Phòng Tham mưu");
        List<Unit> units = service.units();
        assertThat(units.get(units.size() - 1).getId()).isEqualTo(added.getId());

        assertThatThrownBy(() -> service.saveUnit(null, "PHONG HAU CAN", null))
                .isInstanceOf(UserMessageException.class).hasMessageStartingWith("organisation.error.unitExists");
    }

    @Test
    void aUnitStillReferencedIsNotRemovedButAnUnusedOneIs() {
        Unit used = service.units().get(0);
        assertThatThrownBy(() -> service.removeUnit(used.getId()))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).getMessageKey()).isEqualTo("error.inUse");
        assertThat(service.units()).extracting(Unit::getId).contains(used.getId());

        Unit unused = service.saveUnit(null, "Đơn vị tạm", null);
        service.removeUnit(unused.getId());
        assertThat(service.units()).extracting(Unit::getId).doesNotContain(unused.getId());
    }

    @Test
    void peopleAreFoundIgnoringCaseAndDiacritics() {
        assertThat(service.findPeople("nguyen the hung", PageRequest.of(0, 50)))
                .extracting(Person::getFullName).contains("Nguyễn Thế Hùng");
        assertThat(service.findPeople("HÙNG", PageRequest.of(0, 500)))
                .isNotEmpty().allMatch(p -> p.getSearchKey().contains("hung"));
        assertThat(service.countPeople("hung")).isEqualTo(service.countPeople("Hùng"));
    }

    @Test
    void aFamilyAndMiddleNameWithoutMarksFindsThePersonAndNotOthers() {
        Long unit = service.units().get(0).getId();
        service.savePerson(null, 0, PersonName.parse("Nguyễn Thị Hoa"), Rank.THUONG_UY, "Cán bộ", unit);
        service.savePerson(null, 0, PersonName.parse("Nguyễn Văn Thịnh"), Rank.DAI_UY, "Cán bộ", unit);

        List<Person> found = service.findPeople("nguyen thi", PageRequest.of(0, 500));

        assertThat(found).extracting(Person::getFullName).contains("Nguyễn Thị Hoa")
                .doesNotContain("Nguyễn Văn Thịnh");
        assertThat(found).allMatch(p -> p.getSearchKey().contains("nguyen thi"));
        assertThat(service.countPeople("NGUYỄN THỊ")).isEqualTo(found.size());
        assertThat(service.findPeople("nguyen thi hoa", PageRequest.of(0, 50))).extracting(Person::getFullName)
                .containsExactly("Nguyễn Thị Hoa");
    }

    @Test
    void aPersonIsSavedFromTheSplitNameAndAStaleEditIsRefused() {
        Person saved = service.savePerson(null, 0, new PersonName("Tôn Nữ", "Thị", "Hà"), Rank.DAI_UY, "Cán bộ",
                service.units().get(0).getId());
        assertThat(saved.getFullName()).isEqualTo("Tôn Nữ Thị Hà");
        assertThat(saved.getName().family()).isEqualTo("Tôn Nữ");
        assertThat(saved.getSearchKey()).isEqualTo("ton nu thi ha");

        Person renamed = service.savePerson(saved.getId(), saved.getVersion(), PersonName.parse("Tôn Nữ Thị Hằng"),
                Rank.THIEU_TA, null, null);
        assertThat(renamed.getRank()).isEqualTo(Rank.THIEU_TA);
        assertThatThrownBy(() -> service.savePerson(saved.getId(), saved.getVersion(), PersonName.parse("X Y"),
                Rank.NONE, null, null)).isInstanceOf(UserMessageException.class).hasMessageContaining("error.concurrent");
        assertThatThrownBy(() -> service.savePerson(null, 0, PersonName.parse(" "), Rank.NONE, null, null))
                .isInstanceOf(UserMessageException.class);
    }

    @Test
    void theRoleHoldersReadAsColumnsAreThePeopleWithAPosition() {
        List<Person> withPosition = service.peopleWithPosition();
        RoleHolders.Index<PositionHolder> index = service.roleHolders();
        RoleHolders.Index<Person> fromPeople = RoleHolders.index(withPosition);
        // every role anyone holds, alone and joined to the unit's name, and one nobody holds
        List<String> roles = new ArrayList<>(List.of("Giám đốc Công an tỉnh", "Chánh Văn phòng Công an tỉnh"));
        withPosition.forEach(p -> {
            roles.add(p.getPosition());
            if (p.getUnit() != null) {
                roles.add(RoleHolders.fullTitle(p.getPosition(), p.getUnit().getName()));
            }
        });
        int found = 0;
        for (String role : roles) {
            var person = fromPeople.holder(role);
            assertThat(index.holder(role).map(PositionHolder::personId)).as(role).isEqualTo(person.map(Person::getId));
            person.ifPresent(p -> assertThat(index.holder(role).orElseThrow())
                    .isEqualTo(new PositionHolder(p.getId(), p.getRank(), p.getFullName(), p.getPosition(),
                            p.getUnit() == null ? null : p.getUnit().getName())));
            found += person.isPresent() ? 1 : 0;
        }
        assertThat(found).isGreaterThan(10);
        assertThat(index.holder("Chánh Văn phòng Công an tỉnh")).isPresent();
    }
}
