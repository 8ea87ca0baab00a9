package vn.congan.ceremony.seating;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.congan.ceremony.seating.ShownSeatMap.click;
import static vn.congan.ceremony.seating.ShownSeatMap.occupantOf;
import static vn.congan.ceremony.seating.ShownSeatMap.seat;
import static vn.congan.ceremony.seating.ShownSeatMap.seats;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.dashboard.ui.DashboardView;
import vn.congan.ceremony.seating.ui.SeatingPrintView;
import vn.congan.ceremony.seating.ui.SeatingView;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class SeatingViewTest extends AbstractViewTest {

    private SeatingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SeatingFixtures(context);
        fixtures.clearPlanning();
    }

    @Test
    void theOrganizerSeesTheDemoHallAsClickableSeatsUnderTheStage() {
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        assertThat(seats("")).hasSize(240);
        assertThat(_get(Span.class, spec -> spec.withClasses("seat-stage-title")).getText()).isEqualTo("SÂN KHẤU");
        assertThat(seats(".zone-delegate")).hasSize(40);
        assertThat(seat("L18").classNames()).contains("seat-blocked");
        assertThat(_find(Div.class, spec -> spec.withClasses("seating-banner"))).isEmpty();
    }

    @Test
    void theOrganizerHasTheSeatingMenu() {
        openAs(DashboardView.class, "organizer", Role.ORGANIZER);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("seating");
    }

    @Test
    void theMcHasNoSeatingMenu() {
        openAs(DashboardView.class, "mc", Role.MC);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).isNotEmpty().doesNotContain("seating");
    }

    @Test
    void autoAssignSeatsDelegatesAndAwardeesAndShowsBatchNumbers() {
        fixtures.delegates();
        fixtures.batches(10);
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-auto")));
        NotificationsKt.expectNotifications("Đã xếp chỗ cho 150 người.");
        assertThat(seat("A1").classNames()).contains("seat-taken");
        assertThat(seat("A1").attr("title")).isEqualTo("A1 · Nguyễn Thế Hùng");
        assertThat(seat("C19").attr("title")).endsWith("Đợt 1");
    }

    @Test
    void clickingASeatThenMoveThenAnotherSeatMovesAndPinsTheOccupant() {
        fixtures.batches(10);
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-auto")));
        String name = occupantOf("C19");

        click("C19");
        assertThat(_get(Span.class, spec -> spec.withId("seating-selected")).getText()).isEqualTo("Hàng C, ghế 19");
        assertThat(_get(Span.class, spec -> spec.withId("seating-occupant")).getText()).startsWith(name);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-move")));
        click("K1");

        assertThat(occupantOf("K1")).isEqualTo(name);
        assertThat(seat("K1").classNames()).contains("seat-taken", "seat-pinned");
        assertThat(seat("C19").classNames()).doesNotContain("seat-taken");
    }

    @Test
    void movingOntoATakenSeatSwapsTheTwo() {
        fixtures.batches(10);
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-auto")));
        String first = occupantOf("C19");
        String second = occupantOf("D19");
        click("C19");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-move")));
        click("D19");
        assertThat(occupantOf("C19")).isEqualTo(second);
        assertThat(occupantOf("D19")).isEqualTo(first);
    }

    @Test
    void anEmptySeatIsAssignedFromThePeopleWithoutASeatAndCanBeUnpinnedAndFreed() {
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        click("K5");
        @SuppressWarnings("unchecked")
        ComboBox<Occupant> who = _get(ComboBox.class, spec -> spec.withId("seating-who"));
        ComboBoxKt.selectByLabel(who, "Phóng viên Báo Bình An · khách mời");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-assign")));
        assertThat(occupantOf("K5")).isEqualTo("Phóng viên Báo Bình An");
        assertThat(seat("K5").classNames()).contains("seat-pinned");

        click("K5");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-pin")));
        assertThat(seat("K5").classNames()).doesNotContain("seat-pinned");
        click("K5");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-unassign")));
        assertThat(seat("K5").classNames()).doesNotContain("seat-taken");
    }

    @Test
    void freeingASeatSomeoneElseChangedMeanwhileIsRefusedWithAMessageAndTheMapReloads() {
        fixtures.batches(10);
        seatingService().autoAssign(fixtures.conference());
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        String x = occupantOf("C19");
        String y = occupantOf("D19");
        click("C19");
        // meanwhile organizer B swaps C19 and D19 on another page
        SeatingMap pageB = seatingService().map(fixtures.conference()).orElseThrow();
        seatingService().move(pageB, seatOf(pageB, "C19"), seatOf(pageB, "D19"));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-unassign")));

        NotificationsKt.expectNotifications("Dữ liệu vừa được người khác thay đổi. Trang đã được tải lại, "
                + "vui lòng kiểm tra và thực hiện lại.");
        assertThat(occupantOf("C19")).isEqualTo(y);
        assertThat(occupantOf("D19")).isEqualTo(x);
        assertThat(_get(Span.class, spec -> spec.withId("seating-occupant")).getText()).startsWith(y);
        // the reloaded page can free the seat
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-unassign")));
        assertThat(occupantOf("C19")).isNull();
        assertThat(occupantOf("D19")).isEqualTo(x);
    }

    private static SeatingSeat seatOf(SeatingMap map, String label) {
        return map.seats().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void twoClicksPaintARangeOfSeatsWithAZone() {
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        @SuppressWarnings("unchecked")
        Select<SeatingView.Mode> mode = _get(Select.class, spec -> spec.withId("seating-mode"));
        mode.setValue(SeatingView.Mode.PAINT_DELEGATE);
        click("C3");
        click("D4");
        // odd/even numbering: C3..D4 spans 3, 1 left of the centre aisle and 2, 4 right of it, in rows C and D
        assertThat(seats(".zone-delegate")).hasSize(48);
        assertThat(seat("D3").classNames()).contains("zone-delegate");
        assertThat(seat("D5").classNames()).contains("zone-awardee");
    }

    @Test
    void blockingATakenSeatIsRefusedWithAMessage() {
        fixtures.delegates();
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-auto")));
        NotificationsKt.clearNotifications();
        @SuppressWarnings("unchecked")
        Select<SeatingView.Mode> mode = _get(Select.class, spec -> spec.withId("seating-mode"));
        mode.setValue(SeatingView.Mode.BLOCK);
        click("A1");
        click("A1");
        NotificationsKt.expectNotifications("Ghế A1 đang có người ngồi, không thể chặn.");
        assertThat(seat("A1").classNames()).doesNotContain("seat-blocked");
    }

    @Test
    void aChangedStageOrderShowsABannerAndMarkedSeatsUntilReRun() {
        fixtures.batches(10);
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-auto")));
        fixtures.swapBatches(1, 2);
        UI.getCurrent().navigate(DashboardView.class);
        UI.getCurrent().navigate(SeatingView.class);

        Div banner = _get(Div.class, spec -> spec.withClasses("seating-banner"));
        // batches 1 (8 awards) and 2 (10 awards, one of them a unit head already seated with batch 1)
        assertThat(_get(banner, Span.class).getText())
                .isEqualTo("Thứ tự lên sân khấu đã thay đổi: 17 ghế không còn đúng thứ tự, 0 người nhận khen thưởng chưa có chỗ.");
        assertThat(seats(".seat-out-of-order")).hasSize(17);
        assertThat(seat("C19").classNames()).contains("seat-out-of-order");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-rerun")));
        assertThat(_find(Div.class, spec -> spec.withClasses("seating-banner"))).isEmpty();
        assertThat(seats(".seat-out-of-order")).isEmpty();
    }

    @Test
    void theHallIsSavedAsATemplateAndANewPlanCanBeBuiltFromIt() {
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        _get(Details.class, spec -> spec.withClasses("seating-plan-tools")).setOpened(true);
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withPlaceholder("Tên mẫu")), "Hội trường lớn");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-save-template")));
        NotificationsKt.expectNotifications("Đã lưu sơ đồ mẫu.");
        assertThat(seatingService().templates()).extracting(SeatingPlan::getName).contains("Hội trường lớn");

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Tạo sơ đồ mới")));
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withLabel("Số khu ghế")), 1);
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withLabel("Số hàng mỗi khu")), 4);
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withLabel("Số ghế mỗi hàng của khu")), 7);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-create")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(seats("")).hasSize(28);
        assertThat(seat("D7").classNames()).contains("zone-general");
    }

    @Test
    void aNewPlanAsksFirstSayingWhatIsLostAndCancelKeepsTheOldPlanAndItsSeating() {
        fixtures.delegates();
        seatingService().autoAssign(fixtures.conference());
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        click("A1");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-pin")));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-new-plan")));
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withLabel("Số khu ghế")), 1);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-create")));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Thay sơ đồ hội trường?");
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo("Sơ đồ hiện tại \"Hội trường Công an tỉnh\" (240 ghế) "
                + "sẽ bị xóa cùng các khu đã tô, ghế bị chặn và chỗ ngồi đã xếp của 11 người (1 chỗ đã ghim). "
                + "Việc này không hoàn tác được. Các sơ đồ mẫu đã lưu vẫn giữ nguyên.");
        ConfirmDialogKt._fireCancel(confirm);

        SeatingMap kept = seatingService().map(fixtures.conference()).orElseThrow();
        assertThat(kept.seats()).hasSize(240);
        assertThat(kept.bySeatId()).hasSize(11);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-setup-back")));
        assertThat(seats("")).hasSize(240);
        assertThat(seat("A1").classNames()).contains("seat-taken", "seat-pinned");
    }

    @Test
    void confirmingTheNewPlanReplacesTheOldOneAndItsSeating() {
        fixtures.delegates();
        seatingService().autoAssign(fixtures.conference());
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-new-plan")));
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withLabel("Số khu ghế")), 1);
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withLabel("Số hàng mỗi khu")), 3);
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withLabel("Số ghế mỗi hàng của khu")), 5);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-create")));

        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(seats("")).hasSize(15);
        SeatingMap replaced = seatingService().map(fixtures.conference()).orElseThrow();
        assertThat(replaced.seats()).hasSize(15);
        assertThat(replaced.bySeatId()).isEmpty();
    }

    @Test
    void takingATemplateOverAPlanAlsoAsksFirst() {
        seatingService().createPlan(fixtures.conference(),
                seatingService().map(fixtures.conference()).orElseThrow().snapshot(), HallSetup.uniform("Phòng họp nhỏ", 1, 3, 5,
                SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, false, Side.LEFT));
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-new-plan")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-apply-template")));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith("Sơ đồ hiện tại \"Phòng họp nhỏ\" (15 ghế)");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(seatingService().map(fixtures.conference()).orElseThrow().seats()).hasSize(15);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-apply-template")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(seats("")).hasSize(240);
    }

    @Test
    void printStaffDownloadTheChartAndCardsAndFindASeatByName() {
        fixtures.delegates();
        seatingService().autoAssign(fixtures.conference());
        openAs(SeatingPrintView.class, "print", Role.PRINT);
        assertThat(_get(Anchor.class, spec -> spec.withId("seating-chart-pdf")).getText())
                .isEqualTo("Tải sơ đồ chỗ ngồi (PDF, A3 ngang)");
        assertThat(_get(Anchor.class, spec -> spec.withId("seating-cards-pdf")).getHref()).isNotBlank();
        TextField search = _get(TextField.class, spec -> spec.withId("seating-lookup"));
        LocatorJ._setValue(search, "nguyen the hung");
        @SuppressWarnings("unchecked")
        Grid<SeatInfo> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).label()).isEqualTo("A1");

        // several found: in Vietnamese alphabetical order of the name, not in hall order
        LocatorJ._setValue(search, "n");
        List<SeatInfo> found = GridKt._fetch(grid, 0, 100);
        assertThat(found).hasSizeGreaterThan(3).extracting(s -> PersonName
                .parse(s.occupantName())).isSortedAccordingTo(PersonName.ALPHABETICAL);
    }

    private SeatingService seatingService() {
        return context.getBean(SeatingService.class);
    }


}
