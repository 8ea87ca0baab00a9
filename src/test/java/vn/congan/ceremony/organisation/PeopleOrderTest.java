package vn.congan.ceremony.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietnameseNames;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/** The people list pages in the database in true Vietnamese order, on H2 and on MariaDB. */
@Tag("db")
class PeopleOrderTest extends AbstractSpringTest {

    @Autowired OrganisationService service;

    @Test
    void peopleComeBackInVietnameseAlphabeticalOrderPageByPage() {
        Set<Long> ids = saveShuffled();

        List<String> all = new ArrayList<>();
        long total = service.countPeople("");
        for (int page = 0; page * 25 < total; page++) {
            service.findPeople("", PersonOrder.NAME, false, page, 25).stream()
                    .filter(p -> ids.contains(p.getId())).map(Person::getFullName).forEach(all::add);
        }
        assertThat(all).containsExactlyElementsOf(VietnameseNames.IN_ORDER);

        List<String> descending = service.findPeople("", PersonOrder.NAME, true, 0, (int) total).stream()
                .filter(p -> ids.contains(p.getId())).map(Person::getFullName).toList();
        List<String> reversed = new ArrayList<>(VietnameseNames.IN_ORDER);
        Collections.reverse(reversed);
        // "Thủy"/"Thuỷ" and "Hòa"/"Hoà" are equal given names, the family name still decides
        assertThat(descending).containsExactlyElementsOf(reversed);
    }

    @Test
    void aRenamedPersonMovesToTheirNewPlace() {
        Set<Long> ids = saveShuffled();
        Person an = service.findPeople("le an", PersonOrder.NAME, false, 0, 10).get(0);
        service.savePerson(an.getId(), an.getVersion(), PersonName.parse("Lê Yên"), Rank.NONE, null, null);

        List<String> names = service.findPeople("", PersonOrder.NAME, false, 0, 10_000).stream()
                .filter(p -> ids.contains(p.getId())).map(Person::getFullName).toList();
        List<String> expected = new ArrayList<>(VietnameseNames.IN_ORDER);
        expected.remove("Lê An");
        // "Yên" before "Yến": a letter without a tone comes before its toned forms
        expected.add(expected.indexOf("Ngô Thị Yến"), "Lê Yên");
        assertThat(names).containsExactlyElementsOf(expected);
    }

    @Test
    void byRankPrecedenceAndByUnitInTheOfficialOrderWithPeopleWithoutAUnitLast() {
        saveShuffled();
        List<Person> byRank = service.findPeople("", PersonOrder.RANK, false, 0, 10_000);
        assertThat(byRank).extracting(p -> p.getRank().ordinal()).isSorted();

        List<Person> byUnit = service.findPeople("", PersonOrder.UNIT, false, 0, 10_000);
        List<Integer> orders = byUnit.stream().filter(p -> p.getUnit() != null)
                .map(p -> p.getUnit().getOfficialOrder()).collect(Collectors.toList());
        assertThat(orders).isNotEmpty().isSorted();
        int firstWithout = byUnit.indexOf(byUnit.stream().filter(p -> p.getUnit() == null).findFirst().orElseThrow());
        assertThat(byUnit.subList(firstWithout, byUnit.size())).hasSizeGreaterThanOrEqualTo(38)
                .allMatch(p -> p.getUnit() == null);
        List<Person> byUnitDescending = service.findPeople("", PersonOrder.UNIT, true, 0, 10_000);
        assertThat(byUnitDescending.stream().filter(p -> p.getUnit() != null)
                .map(p -> -p.getUnit().getOfficialOrder()).toList()).isSorted();
    }

    private Set<Long> saveShuffled() {
        List<String> names = new ArrayList<>(VietnameseNames.IN_ORDER);
        Collections.shuffle(names, new Random(7));
        return names.stream()
                .map(n -> service.savePerson(null, 0, PersonName.parse(n), Rank.NONE, null, null).getId())
                .collect(Collectors.toSet());
    }
}
