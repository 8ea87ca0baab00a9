package vn.congan.ceremony.award.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.AwardRepository;
import vn.congan.ceremony.award.DecisionFixtures;
import vn.congan.ceremony.award.RecipientRow;
import vn.congan.ceremony.award.importer.ParsedList;
import vn.congan.ceremony.award.importer.RecipientListParser;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class DecisionViewTest extends AbstractViewTest {

    @Autowired AwardDecisionRepository decisions;
    @Autowired AwardRepository awards;
    @Autowired OrganisationService units;

    @Test
    void theDecisionsPageGroupsTheCurrentConferencesDecisionsByAwardFormHighestFirst() {
        openAs(DecisionsView.class, "organizer", Role.ORGANIZER);

        assertThat(_find(H3.class)).extracting(H3::getText)
                .containsExactly("Bằng khen của Bộ trưởng Bộ Công an", "Giấy khen của Giám đốc Công an tỉnh");
        List<Grid> grids = _find(Grid.class);
        @SuppressWarnings("unchecked")
        DecisionsView.DecisionLine giayKhen = (DecisionsView.DecisionLine) GridKt._get(grids.get(1), 0);
        assertThat(giayKhen.number()).isEqualTo(DemoDataLoader.GIAY_KHEN_NUMBER);
        assertThat(giayKhen.recipients()).isEqualTo(134);
        assertThat(giayKhen.signer()).isEqualTo("Đại tá Nguyễn Thế Hùng");
    }

    @Test
    void aNewDecisionIsCreatedFromTheDialogAndOpened() {
        openAs(DecisionsView.class, "organizer", Role.ORGANIZER);
        _click(_get(Button.class, spec -> spec.withId("decision-add")));
        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withLabel("Hình thức khen thưởng")),
                "Giấy khen của Giám đốc Công an tỉnh");
        _setValue(_get(TextField.class, spec -> spec.withId("decision-number")), "77/QĐ-CAT-PV01");
        _setValue(_get(DatePicker.class),
                LocalDate.of(2020, 11, 12));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Người ký")), "Nguyễn  Thế Hùng");

        _click(_get(Button.class, spec -> spec.withId("decision-create")));

        assertThat(_get(H2.class, spec -> spec.withId("decision-title")).getText())
                .isEqualTo("Giấy khen của Giám đốc Công an tỉnh - 77/QĐ-CAT-PV01");
        assertThat(decisions.findAll()).extracting(AwardDecision::getSignerName).contains("Nguyễn Thế Hùng");
    }

    @Test
    void theNewDecisionFormSuggestsNoRealNumberAndFillsTheFormsUsualAchievement() {
        openAs(DecisionsView.class, "organizer", Role.ORGANIZER);
        _click(_get(Button.class, spec -> spec.withId("decision-add")));
        String placeholder = _get(TextField.class, spec -> spec.withId("decision-number")).getPlaceholder();
        assertThat(decisions.findAll()).extracting(AwardDecision::getNumber).doesNotContain(placeholder);
        TextArea achievement = _get(
                TextArea.class, spec -> spec.withId("decision-achievement"));

        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withLabel("Hình thức khen thưởng")),
                "Giấy khen của Giám đốc Công an tỉnh");
        assertThat(achievement.getValue()).isEqualTo(DemoDataLoader.ACHIEVEMENT);
        // no decision of this form yet: the movement of the conference
        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withLabel("Hình thức khen thưởng")),
                "Bằng khen của Thủ tướng Chính phủ");
        assertThat(achievement.getValue()).startsWith("Đã có thành tích xuất sắc trong Phong trào thi đua đặc biệt");

        _setValue(achievement, "Đã có thành tích trong công tác phòng, chống dịch Covid-19");
        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withLabel("Hình thức khen thưởng")),
                "Giấy khen của Giám đốc Công an tỉnh");
        assertThat(achievement.getValue()).isEqualTo("Đã có thành tích trong công tác phòng, chống dịch Covid-19");
    }

    @Test
    void aDuplicateNumberIsRefusedWithAMessage() {
        openAs(DecisionsView.class, "organizer", Role.ORGANIZER);
        _click(_get(Button.class, spec -> spec.withId("decision-add")));
        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withLabel("Hình thức khen thưởng")),
                "Giấy khen của Giám đốc Công an tỉnh");
        _setValue(_get(TextField.class, spec -> spec.withId("decision-number")), DemoDataLoader.GIAY_KHEN_NUMBER);
        _setValue(_get(DatePicker.class), LocalDate.of(2020, 11, 12));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Người ký")), "Nguyễn Thế Hùng");

        _click(_get(Button.class, spec -> spec.withId("decision-create")));

        NotificationsKt.expectNotifications("Hội nghị này đã có quyết định số 1234/QĐ-CAT-PV01.");
    }

    @Test
    void theRecipientsGridFiltersByKindAndByNameIgnoringDiacritics() {
        Grid<RecipientRow> grid = openGiayKhen();
        assertThat(GridKt._size(grid)).isEqualTo(134);

        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withId("recipient-kind")), "Cá nhân");
        assertThat(GridKt._size(grid)).isEqualTo(96);
        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withId("recipient-kind")), "Tập thể");
        assertThat(GridKt._size(grid)).isEqualTo(38);

        _setValue(_get(Select.class, spec -> spec.withId("recipient-kind")), null);
        _setValue(_get(TextField.class, spec -> spec.withId("recipient-search")), "HAU CAN");
        List<RecipientRow> rows = GridKt._fetch(grid, 0, 200);
        assertThat(rows).isNotEmpty().allMatch(r -> (r.isCollective() ? r.name() : r.unitName()).contains("Hậu cần"));
    }

    @Test
    void theRecipientsGridSortsByListOrderNameAndUnit() {
        Grid<RecipientRow> grid = openGiayKhen();
        assertThat(grid.getColumns()).allMatch(Grid.Column::isResizable);

        GridKt._sortByKey(grid, "order", SortDirection.DESCENDING);
        assertThat(GridKt._fetch(grid, 0, 200)).extracting(RecipientRow::listOrder)
                .isSortedAccordingTo(Comparator.reverseOrder());

        GridKt._sortByKey(grid, "name", SortDirection.ASCENDING);
        List<RecipientRow> byName = GridKt._fetch(grid, 0, 200);
        assertThat(byName.subList(0, 38)).allMatch(RecipientRow::isCollective);
        assertThat(byName.subList(38, 134)).extracting(r -> PersonName.parse(r.name()))
                .isSortedAccordingTo(PersonName.ALPHABETICAL);

        GridKt._sortByKey(grid, "unit", SortDirection.ASCENDING);
        List<RecipientRow> byUnit = GridKt._fetch(grid, 0, 200);
        List<String> unitsInOfficialOrder = units.units().stream().map(Unit::getName)
                .toList();
        assertThat(byUnit).extracting(r -> unitsInOfficialOrder.indexOf(r.isCollective() ? r.name() : r.unitName()))
                .isSorted();
    }

    @Test
    void aRecipientIsAddedGivenItsOwnAchievementAndRemoved() {
        Long id = decisions.findAll().stream().filter(d -> d.getNumber().equals(DemoDataLoader.BANG_KHEN_NUMBER))
                .findFirst().orElseThrow().getId();
        Grid<RecipientRow> grid = open(id);
        int before = GridKt._size(grid);

        _click(_get(Button.class, spec -> spec.withId("recipient-add-collective")));
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withId("recipient-unit")), "Phòng Hậu cần");
        _click(_get(Button.class, spec -> spec.withId("recipient-save")));
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        RecipientRow added = GridKt._get(grid, before);
        assertThat(added.name()).isEqualTo("Phòng Hậu cần");
        assertThat(added.effectiveAchievement()).isEqualTo(DemoDataLoader.ACHIEVEMENT);

        grid.select(added);
        _click(_get(Button.class, spec -> spec.withId("recipient-edit")));
        _setValue(_get(TextArea.class, spec -> spec.withId("recipient-achievement")),
                "Đã có thành tích  xuất sắc trong công tác hậu cần");
        _click(_get(Button.class, spec -> spec.withId("recipient-save")));
        RecipientRow edited = GridKt._get(grid, before);
        assertThat(edited.achievement()).isEqualTo("Đã có thành tích xuất sắc trong công tác hậu cần");
        assertThat(edited.effectiveAchievement()).isEqualTo(edited.achievement());

        grid.select(edited);
        _click(_get(Button.class, spec -> spec.withId("recipient-remove")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(grid)).isEqualTo(before);
    }

    @Test
    void addingSomeoneAlreadyOnTheListIsRefused() {
        Grid<RecipientRow> grid = openGiayKhen();
        _click(_get(Button.class, spec -> spec.withId("recipient-add-collective")));
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withId("recipient-unit")), "Văn phòng Công an tỉnh");

        _click(_get(Button.class, spec -> spec.withId("recipient-save")));

        NotificationsKt.expectNotifications("Văn phòng Công an tỉnh đã có trong danh sách của quyết định này.");
        assertThat(GridKt._size(grid)).isEqualTo(134);
    }

    @Test
    void theExcelExportReadsBackAsTheSameList() {
        openGiayKhen();

        byte[] xlsx = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-xlsx")));

        ParsedList list = new RecipientListParser().parse("export.xlsx", xlsx);
        assertThat(list.collectives()).isEqualTo(38);
        assertThat(list.individuals()).isEqualTo(96);
        assertThat(list.rows()).noneMatch(r -> r.hasProblems());
    }

    @Test
    void thePdfAppendixDownloads() {
        openGiayKhen();
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-pdf")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void aNameCarriesItsDetailLineAndAColumnEmptyForTheKindShownTakesNoSpace() {
        Grid<RecipientRow> grid = openGiayKhen();
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey).doesNotContain("position")
                .contains("order", "kind", "name", "unit", "achievement", "note");

        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withId("recipient-kind")), "Tập thể");
        assertThat(grid.getColumnByKey("unit").isVisible()).as("no unit column for collectives").isFalse();
        assertThat(grid.getColumnByKey("kind").isVisible()).as("the kind is the filter's").isFalse();
        RecipientRow collective = GridKt._get(grid, 0);
        assertThat(GridKt._getFormatted(grid, 0, "name")).contains(collective.name())
                .contains("Đại diện nhận: " + collective.representative());

        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withId("recipient-kind")), "Cá nhân");
        assertThat(grid.getColumnByKey("unit").isVisible()).isTrue();
        RecipientRow person = GridKt._get(grid, 0);
        assertThat(person.position()).isNotBlank();
        assertThat(GridKt._getFormatted(grid, 0, "name")).contains(person.displayName()).contains(person.position());
        assertThat(GridKt._getFormatted(grid, 0, "unit")).contains(person.unitName());

        _setValue(_get(Select.class, spec -> spec.withId("recipient-kind")), null);
        assertThat(grid.getColumnByKey("unit").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("kind").isVisible()).isTrue();
    }

    @Test
    void aDecisionKeepsItsSignedOrderWhenTheOrganizerTicksTheBox() {
        openGiayKhen();
        Checkbox keep = _get(Checkbox.class,
                spec -> spec.withId("decision-keep-signed-order"));
        assertThat(keep.getLabel()).isEqualTo("Giữ thứ tự như danh sách đã ký");
        assertThat(keep.getValue()).as("the domain order by default").isFalse();

        _setValue(keep, true);
        _click(_get(Button.class, spec -> spec.withId("decision-save")));

        assertThat(decisions.findById(DecisionFixtures.giayKhen(decisions)).orElseThrow().isKeepSignedOrder())
                .isTrue();
    }

    private Grid<RecipientRow> openGiayKhen() {
        return open(DecisionFixtures.giayKhen(decisions));
    }

    @SuppressWarnings("unchecked")
    private Grid<RecipientRow> open(Long id) {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(DecisionView.class, id);
        return _get(Grid.class, spec -> spec.withClasses("recipient-grid"));
    }
}
