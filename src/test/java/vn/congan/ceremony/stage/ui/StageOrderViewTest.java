package vn.congan.ceremony.stage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageEntry;
import vn.congan.ceremony.stage.StageOrderEdits;
import vn.congan.ceremony.stage.StageOrderService;
import vn.congan.ceremony.stage.StagePlan;
import vn.congan.ceremony.stage.StageSettingsService;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class StageOrderViewTest extends AbstractViewTest {

    @Autowired
    StageOrderService stage;
    @Autowired
    StageOrderEdits edits;
    @Autowired
    StageSettingsService settings;
    @Autowired
    ConferenceService conferences;

    private StageOrderView view;

    @BeforeEach
    void open() {
        openAs(StageOrderView.class, "organizer", Role.ORGANIZER);
        view = _get(StageOrderView.class);
    }

    /** The heading row of batch {@code number} as the grid shows it. */
    private StageRow heading(int number) {
        return view.rows().stream().filter(r -> r.heading() && r.batch().number() == number).findFirst().orElseThrow();
    }

    /** The {@code index}-th (0-based) recipient row of batch {@code number}. */
    private StageRow row(int number, int index) {
        return view.rows().stream().filter(r -> !r.heading() && r.batch().number() == number).skip(index).findFirst()
                .orElseThrow();
    }

    /** The recipients of batch {@code number} in the order of the grid's rows. */
    private List<StageEntry> shown(int number) {
        return view.rows().stream().filter(r -> !r.heading() && r.batch().number() == number).map(StageRow::entry)
                .toList();
    }

    private int headings() {
        return (int) view.rows().stream().filter(StageRow::heading).count();
    }

    private List<StageBatch> stored() {
        return stage.plan(conferences.current().orElseThrow()).batches();
    }

    /** Clicks a row's button, as the browser does: the template's button calls the function of its name. */
    private void click(StageRow row, String button) {
        assertThat(view.actions.template()).contains(
                "class=\"" + button + "\"", "@click=${" + StageOrderActions.js(button) + "}");
        view.actions.click(button, row);
    }

    private boolean enabled(StageRow row, String button) {
        return view.actions.enabled(button, row);
    }

    /** What the grid shows in {@code column} for {@code row}. */
    private String cell(StageRow row, String column) {
        int index = view.rows().indexOf(row);
        return GridKt._getFormattedRow(view.grid, index).get(columnIndex(column));
    }

    private int columnIndex(String key) {
        List<String> keys = view.grid.getColumns().stream().map(c -> c.getKey()).toList();
        return keys.indexOf(key);
    }

    private static final String CONCURRENT =
            "Dữ liệu vừa được người khác thay đổi. Trang đã được tải lại, vui lòng kiểm tra và thực hiện lại.";

    private static void fire(Component component, String type, JsonObject data) {
        ElementUtilsKt._fireDomEvent(component.getElement(), new DomEvent(component.getElement(), type, data));
    }

    private JsonObject itemKey(StageRow row) {
        JsonObject item = Json.createObject();
        item.put("key", view.grid.getDataCommunicator().getKeyMapper().key(row));
        return item;
    }

    /** A row (heading or recipient) dragged, as vaadin-grid reports it, above or below another row. */
    private void drag(StageRow dragged, StageRow target, String location) {
        JsonArray items = Json.createArray();
        items.set(0, itemKey(dragged));
        JsonObject detail = Json.createObject();
        detail.put("draggedItems", items);
        JsonObject start = Json.createObject();
        start.put("event.detail", detail);
        fire(view.grid, "grid-dragstart", start);
        JsonObject drop = Json.createObject();
        drop.put("event.detail.dropTargetItem", itemKey(target));
        drop.put("event.detail.dropLocation", location);
        drop.put("event.detail.dragData", Json.createArray());
        fire(view.grid, "grid-drop", drop);
        fire(view.grid, "grid-dragend", Json.createObject());
    }

    /** A batch heading dragged onto another's upper ("above") or lower ("below") half. */
    private void dragBatch(int from, int onto, boolean lowerHalf) {
        drag(heading(from), heading(onto), lowerHalf ? "below" : "above");
    }

    /** A recipient row dragged above or below a recipient row of a batch. */
    private void dragRow(int fromBatch, int row, int ontoBatch, int targetRow, String location) {
        drag(row(fromBatch, row), row(ontoBatch, targetRow), location);
    }

    @Test
    void theEditorShowsEveryBatchWithItsPresenterAndTheTimeCheck() {
        assertThat(headings()).isEqualTo(15);
        assertThat(shown(1).size()).isEqualTo(8);
        assertThat(cell(heading(1), "recipient")).isEqualTo("Đợt 1 · Bằng khen của Bộ trưởng Bộ Công an · 8/10 người");
        assertThat(cell(heading(1), "unit"))
                .isEqualTo("Người trao: Đại tá Nguyễn Thế Hùng, thừa ủy quyền Bộ trưởng Bộ Công an");
        assertThat(_find(view, Span.class)).extracting(Span::getText).contains("15 đợt, 142 người nhận.",
                "Mục \"Trao khen thưởng\": ước tính 40 phút, vừa với 40 phút dự kiến.");
        assertThat(shown(1).get(0).collective()).isTrue();
        // one grid: a heading row per batch, then its recipients
        assertThat(GridKt._size(view.grid)).isEqualTo(15 + 142);
        assertThat(cell(row(2, 0), "position")).isEqualTo("1");
        assertThat(cell(row(2, 0), "recipient")).isEqualTo(shown(2).get(0).label());
        assertThat(enabled(row(2, 0), "entry-up")).isFalse();
        assertThat(enabled(row(2, 1), "entry-up")).isTrue();
        assertThat(enabled(heading(1), "batch-up")).isFalse();
        assertThat(enabled(heading(1), "entry-up")).isFalse();
    }

    @Test
    void theRowButtonsMoveARecipientUpAndToTheNextBatch() {
        StageEntry second = shown(2).get(1);
        click(row(2, 1), "entry-up");
        assertThat(shown(2).get(0).awardId()).isEqualTo(second.awardId());
        assertThat(stored().get(1).entries().get(0).awardId()).isEqualTo(second.awardId());

        // batch 10 has 9 people: the last of batch 9 goes to its top
        StageEntry last = shown(9).get(shown(9).size() - 1);
        click(row(9, shown(9).size() - 1), "entry-next");
        assertThat(shown(10).get(0).awardId()).isEqualTo(last.awardId());
    }

    @Test
    void moveIntoAFullBatchIsRefusedWithAClearMessage() {
        click(row(3, 0), "entry-previous");
        NotificationsKt.expectNotifications("Đợt 2 đã đủ 10 người (sức chứa sân khấu).");
        assertThat(shown(3).size()).isEqualTo(10);
    }

    @Test
    void splitHereThenMergeWithNext() {
        click(row(4, 5), "entry-split");
        assertThat(headings()).isEqualTo(16);
        assertThat(shown(4).size()).isEqualTo(5);
        assertThat(shown(5).size()).isEqualTo(5);
        click(heading(4), "batch-merge");
        assertThat(headings()).isEqualTo(15);
        assertThat(shown(4).size()).isEqualTo(10);
    }

    @Test
    void batchesMoveDownAndLockingDisablesTheirButtons() {
        long firstGiayKhen = heading(2).batch().id();
        click(heading(2), "batch-down");
        assertThat(heading(3).batch().id()).isEqualTo(firstGiayKhen);

        click(heading(3), "batch-lock");
        assertThat(heading(3).batch().locked()).isTrue();
        assertThat(enabled(row(3, 1), "entry-up")).isFalse();
        assertThat(enabled(heading(3), "batch-merge")).isFalse();
        assertThat(stored().get(2).locked()).isTrue();
    }

    @Test
    void aStaleViewIsRefusedAsConcurrentAndReloaded() {
        StageBatch seen = heading(5).batch();
        StageEntry first = seen.entries().get(0);
        // another organizer moves a recipient of batch 5 meanwhile
        edits.move(first.entryId(), first.entryVersion(), seen.id(), seen.version(), 3);
        click(row(5, 1), "entry-up");
        NotificationsKt.expectNotifications(CONCURRENT);
        assertThat(shown(5).get(2).awardId()).isEqualTo(first.awardId());
    }

    @Test
    void regeneratingAfterManualChangesAsksFirst() {
        click(row(2, 1), "entry-up");
        long moved = shown(2).get(0).awardId();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("stage-regenerate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(shown(2).get(0).awardId()).isNotEqualTo(moved);
    }

    @Test
    void thePresenterDialogSetsTheDelegate() {
        click(heading(2), "batch-presenter");
        PresenterDialog dialog = _get(PresenterDialog.class);
        dialog.presenter.setValue(dialog.presenter.getListDataView().getItem(0));
        dialog.onAuthorityOf.setValue("");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("presenter-save")));
        assertThat(heading(2).batch().presenterRankAndName()).isEqualTo("Đại tá Nguyễn Thế Hùng");
        assertThat(heading(2).batch().manuallyEdited()).isTrue();
    }

    @Test
    void theRepresentativeDialogTakesFreeText() {
        click(row(1, 0), "entry-representative");
        RepresentativeDialog dialog = _get(RepresentativeDialog.class);
        dialog.person.clear();
        dialog.text.setValue("Đại diện Chi đoàn thanh niên");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("representative-save")));
        assertThat(shown(1).get(0).representative()).isEqualTo("Đại diện Chi đoàn thanh niên");
    }

    @Test
    void tooLongTextsAreCappedInTheDialogsAndRefusedWithAMessage() {
        click(row(1, 0), "entry-representative");
        RepresentativeDialog representative = _get(RepresentativeDialog.class);
        assertThat(representative.text.getMaxLength()).isEqualTo(300);
        representative.person.clear();
        // a browser stops at 300 characters; a forged request does not
        representative.text.setValue("x".repeat(301));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("representative-save")));
        NotificationsKt.expectNotifications("Tên người đại diện nhận dài tối đa 300 ký tự.");

        click(heading(1), "batch-presenter");
        PresenterDialog presenter = _get(PresenterDialog.class);
        assertThat(presenter.onAuthorityOf.getMaxLength()).isEqualTo(300);
        presenter.onAuthorityOf.setValue("Bộ trưởng " + "x".repeat(300));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("presenter-save")));
        NotificationsKt.expectNotifications("Lời \"thừa ủy quyền\" dài tối đa 300 ký tự.");
        assertThat(heading(1).batch().onAuthorityOf()).isEqualTo("Bộ trưởng Bộ Công an");
    }

    @Test
    void everyFailureOfAnEditBecomesAMessageAndThePageIsReloaded() {
        long second = heading(2).batch().id();
        StageBatch seen = stored().get(1);
        view.change(() -> {
            edits.moveBatch(seen.id(), seen.version(), 4);
            throw new DataIntegrityViolationException("value too long for column");
        });
        NotificationsKt.expectNotifications("Không thể lưu: dữ liệu trùng lặp hoặc đang được sử dụng ở nơi khác.");
        // the page shows what is stored: here the move, committed before the failure
        assertThat(heading(5).batch().id()).isEqualTo(second);
        view.change(() -> {
            throw new IllegalStateException("unexpected");
        });
        NotificationsKt.expectNotifications("Đã xảy ra lỗi ngoài dự kiến. Không có thay đổi nào được lưu.");
        assertThat(headings()).isEqualTo(15);
    }

    @Test
    void regeneratingRefusesWhenSomeoneEditedWhileTheConfirmDialogWasOpen() {
        click(row(2, 1), "entry-up");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("stage-regenerate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        // meanwhile another organizer reorders batch 4
        StageBatch fourth = stored().get(3);
        StageEntry moved = fourth.entries().get(0);
        edits.move(moved.entryId(), moved.entryVersion(), fourth.id(), fourth.version(), 3);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        NotificationsKt.expectNotifications(CONCURRENT);
        // nothing discarded, and the page shows their edit
        assertThat(shown(4).get(2).awardId()).isEqualTo(moved.awardId());
        assertThat(stage.manualChangesToDiscard(conferences.current().orElseThrow())).isEqualTo(2);
    }

    @Test
    void savingSettingsRefusesWhenSomeoneSavedThemMeanwhile() {
        StagePlan seen = stage.plan(conferences.current().orElseThrow());
        settings.saveSettings(conferences.current().orElseThrow(), seen.settingsVersion(), 12, 90, 7);
        _get(IntegerField.class, spec -> spec.withLabel("Sức chứa sân khấu")).setValue(8);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("stage-settings-save")));
        NotificationsKt.expectNotifications(CONCURRENT);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Sức chứa sân khấu")).getValue()).isEqualTo(12);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("stage-settings-save")));
        assertThat(stage.plan(conferences.current().orElseThrow()).stageCapacity()).isEqualTo(12);
    }

    @Test
    void loweringTheStageCapacityWarnsAboutTheLargerBatchesUntilRegenerated() {
        assertThat(_find(view, Span.class, spec -> spec.withClasses("stage-over-capacity"))).isEmpty();
        _get(IntegerField.class, spec -> spec.withLabel("Sức chứa sân khấu")).setValue(9);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("stage-settings-save")));
        assertThat(_get(view, Span.class, spec -> spec.withClasses("stage-over-capacity")).getText()).isEqualTo(
                "Sức chứa sân khấu là 9 người nhưng có đợt đông hơn: đợt 2 (10 người), đợt 3 (10 người), "
                        + "đợt 4 (10 người), đợt 5 (10 người), đợt 6 (10 người), đợt 7 (10 người), đợt 8 (10 người), "
                        + "đợt 9 (10 người). Tách các đợt này hoặc bấm \"Tạo lại theo quy tắc\".");
        assertThat(view.partNames(heading(2))).contains("stage-batch-over-capacity");
        assertThat(view.partNames(heading(10))).doesNotContain("stage-batch-over-capacity");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("stage-regenerate")));
        assertThat(_find(view, Span.class, spec -> spec.withClasses("stage-over-capacity"))).isEmpty();
        assertThat(view.rows()).allMatch(r -> r.batch().size() <= 9);
    }

    @Test
    void aBatchHeadingDraggedOntoAnotherPutsTheBatchBeforeOrAfterIt() {
        long second = heading(2).batch().id();
        long fifth = heading(5).batch().id();
        // onto the lower half of batch 5: right after it
        dragBatch(2, 5, true);
        assertThat(heading(5).batch().id()).isEqualTo(second);
        assertThat(heading(4).batch().id()).isEqualTo(fifth);
        assertThat(stored().get(4).id()).isEqualTo(second);
        assertThat(stored().get(4).manuallyEdited()).isTrue();
        // back up onto the upper half of batch 3: right before it
        long third = heading(3).batch().id();
        dragBatch(5, 3, false);
        assertThat(heading(3).batch().id()).isEqualTo(second);
        assertThat(heading(4).batch().id()).isEqualTo(third);
        // onto itself: nothing moves
        dragBatch(3, 3, true);
        assertThat(heading(3).batch().id()).isEqualTo(second);
        assertThat(stored()).extracting(StageBatch::number).startsWith(1, 2, 3, 4, 5);
    }

    @Test
    void aLockedBatchIsNeitherDraggedNorButtonMovedNorShiftedByAnotherBatch() {
        click(heading(4), "batch-lock");
        long locked = heading(4).batch().id();
        assertThat(enabled(heading(4), "batch-up")).isFalse();
        assertThat(enabled(heading(4), "batch-down")).isFalse();
        assertThat(view.draggable(heading(4))).isFalse();
        assertThat(view.draggable(row(4, 0))).isFalse();
        assertThat(view.draggable(heading(5))).isTrue();

        dragBatch(4, 2, false);
        assertThat(heading(4).batch().id()).isEqualTo(locked);
        dragBatch(2, 6, true);
        NotificationsKt.expectNotifications(
                "Không thể chuyển đợt 2: đợt 4 đã khóa sẽ bị đổi vị trí. Mở khóa đợt 4 hoặc chọn vị trí khác.");
        click(heading(5), "batch-up");
        NotificationsKt.expectNotifications(
                "Không thể chuyển đợt 5: đợt 4 đã khóa sẽ bị đổi vị trí. Mở khóa đợt 4 hoặc chọn vị trí khác.");
        assertThat(heading(4).batch().id()).isEqualTo(locked);
        assertThat(stored().get(3).id()).isEqualTo(locked);
    }

    @Test
    void aRowDraggedWithinItsBatchOrIntoAnotherLandsWhereItWasDropped() {
        StageEntry second = shown(2).get(1);
        // below the 4th row of its own batch: it becomes the 4th
        dragRow(2, 1, 2, 3, "below");
        assertThat(shown(2).get(3).awardId()).isEqualTo(second.awardId());
        assertThat(stored().get(1).entries().get(3).awardId()).isEqualTo(second.awardId());
        // above the 2nd row of batch 10 (9 people): it becomes the 2nd there
        StageEntry first = shown(2).get(0);
        dragRow(2, 0, 10, 1, "above");
        assertThat(shown(10).get(1).awardId()).isEqualTo(first.awardId());
        assertThat(shown(10).size()).isEqualTo(10);
        assertThat(shown(2).size()).isEqualTo(9);
    }

    @Test
    void aRowDroppedOnAHeadingGoesFirstInThatBatchOrLastInThePreviousOne() {
        StageEntry first = shown(2).get(0);
        // onto the lower half of batch 10's heading: its first place
        drag(row(2, 0), heading(10), "below");
        assertThat(shown(10).get(0).awardId()).isEqualTo(first.awardId());
        assertThat(shown(10)).hasSize(10);
        // onto the upper half of batch 10's heading: the last place of batch 9, which is full
        drag(row(10, 1), heading(10), "above");
        NotificationsKt.expectNotifications("Đợt 9 đã đủ 10 người (sức chứa sân khấu).");
        // a heading dropped among a batch's recipients goes after that batch
        long third = heading(3).batch().id();
        drag(heading(3), row(5, 2), "above");
        assertThat(heading(5).batch().id()).isEqualTo(third);
    }
}
