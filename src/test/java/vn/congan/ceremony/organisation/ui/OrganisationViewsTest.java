package vn.congan.ceremony.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietnameseCollation;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class OrganisationViewsTest extends AbstractViewTest {

    @Autowired OrganisationService organisation;

    @Test
    @SuppressWarnings("unchecked")
    void theUnitsPageMovesAUnitDownAndRefusesToRemoveOneInUse() {
        openAs(UnitsView.class, "organizer", Role.ORGANIZER);
        Grid<Unit> grid = _get(Grid.class);
        Unit first = GridKt._get(grid, 0);
        assertThat(first.getName()).isEqualTo("Văn phòng Công an tỉnh");

        grid.select(first);
        _click(_get(Button.class, spec -> spec.withId("unit-down")));
        // the next department unit and its team move up; the office moves down with its own team
        assertThat(GridKt._get(grid, 2).getName()).isEqualTo("Văn phòng Công an tỉnh");
        assertThat(GridKt._get(grid, 3).getParent().getName()).isEqualTo("Văn phòng Công an tỉnh");

        grid.select(GridKt._get(grid, 2));
        _click(_get(Button.class, spec -> spec.withId("unit-remove")));
        // the count depends on how much demo data the features add; the sentence does not
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .extracting(n -> n.getElement().getProperty("text")).asString()
                .matches("Không thể xóa: Văn phòng Công an tỉnh đang được sử dụng ở \\d+ nơi khác\\.");
        assertThat(GridKt._get(grid, 2).getName()).isEqualTo("Văn phòng Công an tỉnh");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUnitIsAddedAtTheEndAndAnUnusedOneRemoved() {
        openAs(UnitsView.class, "organizer", Role.ORGANIZER);
        Grid<Unit> grid = _get(Grid.class);
        int before = GridKt._size(grid);
        _click(_get(Button.class, spec -> spec.withId("unit-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("unit-name")), "Phòng  Tham mưu");
        _click(_get(Button.class, spec -> spec.withId("unit-save")));
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        assertThat(GridKt._get(grid, before).getName()).isEqualTo("Phòng Tham mưu");

        grid.select(GridKt._get(grid, before));
        _click(_get(Button.class, spec -> spec.withId("unit-remove")));
        assertThat(GridKt._size(grid)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePeopleSearchIgnoresCaseAndDiacritics() {
        openAs(PeopleView.class, "organizer", Role.ORGANIZER);
        Grid<Person> grid = _get(Grid.class);

        _setValue(_get(TextField.class, spec -> spec.withId("people-search")), "nguyen the hung");
        List<Person> found = GridKt._fetch(grid, 0, 50);
        assertThat(found).extracting(Person::getFullName).contains("Nguyễn Thế Hùng");

        _setValue(_get(TextField.class, spec -> spec.withId("people-search")), "HUNG");
        assertThat(GridKt._fetch(grid, 0, 500)).isNotEmpty()
                .allMatch(p -> p.getFullName().contains("Hùng") || p.getFullName().contains("Hưng")
                        || p.getSearchKey().contains("hung"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePeopleSearchFindsAFamilyAndMiddleNameTypedWithoutMarks() {
        Long unit = organisation.units().get(0).getId();
        organisation.savePerson(null, 0, PersonName.parse("Nguyễn Thị Hoa"), Rank.THUONG_UY, "Cán bộ", unit);
        organisation.savePerson(null, 0, PersonName.parse("Nguyễn Văn Thịnh"), Rank.DAI_UY, "Cán bộ", unit);
        openAs(PeopleView.class, "organizer", Role.ORGANIZER);
        Grid<Person> grid = _get(Grid.class);

        _setValue(_get(TextField.class, spec -> spec.withId("people-search")), "nguyen thi");

        List<Person> found = GridKt._fetch(grid, 0, 500);
        assertThat(found).extracting(Person::getFullName).contains("Nguyễn Thị Hoa")
                .doesNotContain("Nguyễn Văn Thịnh");
        assertThat(found).allMatch(p -> p.getSearchKey().contains("nguyen thi"));
    }

    @Test
    void typingAFullNameShowsItsSplitAndSavesThePerson() {
        openAs(PeopleView.class, "organizer", Role.ORGANIZER);
        _setValue(_get(TextField.class, spec -> spec.withId("person-full-name")), "  Trần   Thị Thu Hà ");

        assertThat(_get(TextField.class, spec -> spec.withId("person-family")).getValue()).isEqualTo("Trần");
        assertThat(_get(TextField.class, spec -> spec.withId("person-middle")).getValue()).isEqualTo("Thị Thu");
        assertThat(_get(TextField.class, spec -> spec.withId("person-given")).getValue()).isEqualTo("Hà");

        _click(_get(Button.class, spec -> spec.withId("person-save")));
        NotificationsKt.expectNotifications("Đã lưu Trần Thị Thu Hà.");
        _setValue(_get(TextField.class, spec -> spec.withId("people-search")), "tran thi thu ha");
        @SuppressWarnings("unchecked")
        Grid<Person> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void aNameTypedWithABidirectionalOverrideIsSavedAndListedWithoutIt() {
        openAs(PeopleView.class, "organizer", Role.ORGANIZER);
        _setValue(_get(TextField.class, spec -> spec.withId("person-full-name")), "Trần\u202E Thị\u200B Thu\u0007 Hà");

        assertThat(_get(TextField.class, spec -> spec.withId("person-middle")).getValue()).isEqualTo("Thị Thu");
        _click(_get(Button.class, spec -> spec.withId("person-save")));

        NotificationsKt.expectNotifications("Đã lưu Trần Thị Thu Hà.");
        _setValue(_get(TextField.class, spec -> spec.withId("people-search")), "tran thi thu ha");
        @SuppressWarnings("unchecked")
        Grid<Person> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).getFullName()).isEqualTo("Trần Thị Thu Hà");
        assertThat(GridKt._getFormattedRow(grid, 0)).anyMatch(cell -> cell.contains("Trần Thị Thu Hà"))
                .noneMatch(cell -> cell.contains("\u202E") || cell.contains("\u200B") || cell.contains("\u0007"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePeopleGridSortsByNameRankAndUnitAndItsColumnsResize() {
        openAs(PeopleView.class, "organizer", Role.ORGANIZER);
        Grid<Person> grid = _get(Grid.class);
        assertThat(grid.getColumns()).allMatch(Grid.Column::isResizable);
        assertThat(grid.getColumns()).filteredOn(Grid.Column::isSortable).extracting(Grid.Column::getKey)
                .containsExactly("name", "rank", "unit");

        GridKt._sortByKey(grid, "name", SortDirection.ASCENDING);
        List<Person> byName = GridKt._fetch(grid, 0, 1000);
        assertThat(byName).hasSizeGreaterThan(50).extracting(p -> p.getName())
                .isSortedAccordingTo(PersonName.ALPHABETICAL);
        GridKt._sortByKey(grid, "name", SortDirection.DESCENDING);
        assertThat(GridKt._fetch(grid, 0, 1000)).extracting(p -> p.getName())
                .isSortedAccordingTo(PersonName.ALPHABETICAL.reversed());

        GridKt._sortByKey(grid, "rank", SortDirection.ASCENDING);
        List<Person> byRank = GridKt._fetch(grid, 0, 1000);
        assertThat(byRank).extracting(p -> p.getRank().ordinal()).isSorted();
        assertThat(byRank.get(0).getRank()).isEqualTo(Rank.DAI_TA);

        GridKt._sortByKey(grid, "unit", SortDirection.ASCENDING);
        List<Person> byUnit = GridKt._fetch(grid, 0, 1000);
        assertThat(byUnit.stream().filter(p -> p.getUnit() != null).map(p -> p.getUnit().getOfficialOrder()).toList())
                .isSorted();
        assertThat(byUnit.get(0).getUnit().getName()).isEqualTo("Văn phòng Công an tỉnh");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUnitsGridSortsByOfficialOrderNameAndParent() {
        openAs(UnitsView.class, "organizer", Role.ORGANIZER);
        Grid<Unit> grid = _get(Grid.class);
        List<Unit> official = organisation.units();
        GridKt._sortByKey(grid, "name", SortDirection.ASCENDING);
        List<Unit> byName = GridKt._fetch(grid, 0, 500);
        assertThat(byName).extracting(Unit::getName)
                .isSortedAccordingTo(VietnameseCollation.comparator());
        // "TT" stays the place in the official order
        assertThat(GridKt._getFormatted(grid, 0, "order"))
                .isEqualTo(Integer.toString(official.indexOf(byName.get(0)) + 1));
        GridKt._sortByKey(grid, "order", SortDirection.DESCENDING);
        assertThat(GridKt._get(grid, 0)).isEqualTo(official.get(official.size() - 1));
    }
}
