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
import vn.congan.ceremony.stage.StageOrderService;
import vn.congan.ceremony.stage.StagePlan;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class StageOrderViewTest extends AbstractViewTest {

    @Autowired
    StageOrderService stage;
    @Autowired
    ConferenceService conferences;

    private StageOrderView view;

    @BeforeEach
    void open() {
        openAs(StageOrderView.class, "organizer", Role.ORGANIZER);
        view = _get(StageOrderView.class);
    }

    private BatchCard card(int number) {
        return view.cards().get(number - 1);
    }

    private List<StageBatch> stored() {
        return stage.plan(conferences.current().orElseThrow()).batches();
    }

    private static Button rowButton(BatchCard card, int row, String className) {
        Component cell = GridKt._getCellComponent(card.grid, row, "actions");
        return _get(cell, Button.class, spec -> spec.withClasses(className));
    }

    private static Button batchButton(BatchCard card, String className) {
        return _get(card, Button.class, spec -> spec.withClasses(className));
    }

    private static final String CONCURRENT =
            "Dữ liệu vừa được người khác thay đổi. Trang đã được tải lại, vui lòng kiểm tra và thực hiện lại.";

    private static void fire(Component component, String type, JsonObject data) {
        ElementUtilsKt._fireDomEvent(component.getElement(), new DomEvent(component.getElement(), type, data));
    }

    /** A batch heading dragged (as the browser reports it) onto another's upper or lower half. */
    private void dragBatch(int from, int onto, boolean lowerHalf) {
        BatchCard source = card(from);
        fire(source.header, "dragstart", Json.createObject());
        JsonObject drop = Json.createObject();
        drop.put(BatchCard.DROP_BELOW, lowerHalf);
        fire(card(onto).header, "drop", drop);
        JsonObject end = Json.createObject();
        end.put("event.dataTransfer.dropEffect", "move");
        fire(source.header, "dragend", end);
    }

    private static JsonObject itemKey(BatchCard card, int row) {
        JsonObject item = Json.createObject();
        item.put("key", card.grid.getDataCommunicator().getKeyMapper().key(GridKt._get(card.grid, row)));
        return item;
    }

    /** A recipient row dragged (as vaadin-grid reports it) above or below a row of a batch. */
    private void dragRow(int fromBatch, int row, int ontoBatch, int targetRow, String location) {
        BatchCard source = card(fromBatch);
        JsonArray dragged = Json.createArray();
        dragged.set(0, itemKey(source, row));
        JsonObject detail = Json.createObject();
        detail.put("draggedItems", dragged);
        JsonObject start = Json.createObject();
        start.put("event.detail", detail);
        fire(source.grid, "grid-dragstart", start);
        JsonObject drop = Json.createObject();
        drop.put("event.detail.dropTargetItem", itemKey(card(ontoBatch), targetRow));
        drop.put("event.detail.dropLocation", location);
        drop.put("event.detail.dragData", Json.createArray());
        fire(card(ontoBatch).grid, "grid-drop", drop);
    }

    @Test
    void theEditorShowsEveryBatchWithItsPresenterAndTheTimeCheck() {
        assertThat(view.cards()).hasSize(15);
        assertThat(GridKt._size(card(1).grid)).isEqualTo(8);
        assertThat(_get(card(1), Span.class, spec -> spec.withClasses("stage-batch-presenter")).getText())
                .isEqualTo("Người trao: Đại tá Nguyễn Thế Hùng, thừa ủy quyền Bộ trưởng Bộ Công an");
        assertThat(_find(view, Span.class)).extracting(Span::getText).contains("15 đợt, 142 người nhận.",
                "Mục \"Trao khen thưởng\": ước tính 40 phút, vừa với 40 phút dự kiến.");
        assertThat(GridKt._get(card(1).grid, 0).collective()).isTrue();
    }

    @Test
    void theRowButtonsMoveARecipientUpAndToTheNextBatch() {
        StageEntry second = GridKt._get(card(2).grid, 1);
        ButtonKt._click(rowButton(card(2), 1, "entry-up"));
        assertThat(GridKt._get(card(2).grid, 0).awardId()).isEqualTo(second.awardId());
        assertThat(stored().get(1).entries().get(0).awardId()).isEqualTo(second.awardId());

        // batch 10 has 9 people: the last of batch 9 goes to its top
        StageEntry last = GridKt._get(card(9).grid, GridKt._size(card(9).grid) - 1);
        ButtonKt._click(rowButton(card(9), GridKt._size(card(9).grid) - 1, "entry-next"));
        assertThat(GridKt._get(card(10).grid, 0).awardId()).isEqualTo(last.awardId());
    }

    @Test
    void moveIntoAFullBatchIsRefusedWithAClearMessage() {
        ButtonKt._click(rowButton(card(3), 0, "entry-previous"));
        NotificationsKt.expectNotifications("Đợt 2 đã đủ 10 người (sức chứa sân khấu).");
        assertThat(GridKt._size(card(3).grid)).isEqualTo(10);
    }

    @Test
    void splitHereThenMergeWithNext() {
        ButtonKt._click(rowButton(card(4), 5, "entry-split"));
        assertThat(view.cards()).hasSize(16);
        assertThat(GridKt._size(card(4).grid)).isEqualTo(5);
        assertThat(GridKt._size(card(5).grid)).isEqualTo(5);
        ButtonKt._click(batchButton(card(4), "batch-merge"));
        assertThat(view.cards()).hasSize(15);
        assertThat(GridKt._size(card(4).grid)).isEqualTo(10);
    }

    @Test
    void batchesMoveDownAndLockingDisablesTheirButtons() {
        long firstGiayKhen = card(2).batch().id();
        ButtonKt._click(batchButton(card(2), "batch-down"));
        assertThat(card(3).batch().id()).isEqualTo(firstGiayKhen);

        ButtonKt._click(batchButton(card(3), "batch-lock"));
        assertThat(card(3).batch().locked()).isTrue();
        assertThat(rowButton(card(3), 1, "entry-up").isEnabled()).isFalse();
        assertThat(batchButton(card(3), "batch-merge").isEnabled()).isFalse();
        assertThat(stored().get(2).locked()).isTrue();
    }

    @Test
    void aStaleViewIsRefusedAsConcurrentAndReloaded() {
        StageBatch seen = card(5).batch();
        StageEntry first = seen.entries().get(0);
        // another organizer moves a recipient of batch 5 meanwhile
        stage.move(first.entryId(), first.entryVersion(), seen.id(), seen.version(), 3);
        ButtonKt._click(rowButton(card(5), 1, "entry-up"));
        NotificationsKt.expectNotifications(CONCURRENT);
        assertThat(GridKt._get(card(5).grid, 2).awardId()).isEqualTo(first.awardId());
    }

    @Test
    void regeneratingAfterManualChangesAsksFirst() {
        ButtonKt._click(rowButton(card(2), 1, "entry-up"));
        long moved = GridKt._get(card(2).grid, 0).awardId();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("stage-regenerate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(GridKt._get(card(2).grid, 0).awardId()).isNotEqualTo(moved);
    }

    @Test
    void thePresenterDialogSetsTheDelegate() {
        ButtonKt._click(batchButton(card(2), "batch-presenter"));
        PresenterDialog dialog = _get(PresenterDialog.class);
        dialog.presenter.setValue(dialog.presenter.getListDataView().getItem(0));
        dialog.onAuthorityOf.setValue("");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("presenter-save")));
        assertThat(card(2).batch().presenterRankAndName()).isEqualTo("Đại tá Nguyễn Thế Hùng");
        assertThat(card(2).batch().manuallyEdited()).isTrue();
    }

    @Test
    void theRepresentativeDialogTakesFreeText() {
        ButtonKt._click(rowButton(card(1), 0, "entry-representative"));
        RepresentativeDialog dialog = _get(RepresentativeDialog.class);
        dialog.person.clear();
        dialog.text.setValue("Đại diện Chi đoàn thanh niên");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("representative-save")));
        assertThat(GridKt._get(card(1).grid, 0).representative()).isEqualTo("Đại diện Chi đoàn thanh niên");
    }

    @Test
    void tooLongTextsAreCappedInTheDialogsAndRefusedWithAMessage() {
        ButtonKt._click(rowButton(card(1), 0, "entry-representative"));
        RepresentativeDialog representative = _get(RepresentativeDialog.class);
        assertThat(representative.text.getMaxLength()).isEqualTo(300);
        representative.person.clear();
        // a browser stops at 300 characters; a forged request does not
        representative.text.setValue("x".repeat(301));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("representative-save")));
        NotificationsKt.expectNotifications("Tên người đại diện nhận dài tối đa 300 ký tự.");

        ButtonKt._click(batchButton(card(1), "batch-presenter"));
        PresenterDialog presenter = _get(PresenterDialog.class);
        assertThat(presenter.onAuthorityOf.getMaxLength()).isEqualTo(300);
        presenter.onAuthorityOf.setValue("Bộ trưởng " + "x".repeat(300));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("presenter-save")));
        NotificationsKt.expectNotifications("Lời \"thừa ủy quyền\" dài tối đa 300 ký tự.");
        assertThat(card(1).batch().onAuthorityOf()).isEqualTo("Bộ trưởng Bộ Công an");
    }

    @Test
    void everyFailureOfAnEditBecomesAMessageAndThePageIsReloaded() {
        long second = card(2).batch().id();
        StageBatch seen = stored().get(1);
        view.change(() -> {
            stage.moveBatch(seen.id(), seen.version(), 4);
            throw new DataIntegrityViolationException("value too long for column");
        });
        NotificationsKt.expectNotifications("Không thể lưu: dữ liệu trùng lặp hoặc đang được sử dụng ở nơi khác.");
        // the page shows what is stored: here the move, committed before the failure
        assertThat(card(5).batch().id()).isEqualTo(second);
        view.change(() -> {
            throw new IllegalStateException("unexpected");
        });
        NotificationsKt.expectNotifications("Đã xảy ra lỗi ngoài dự kiến. Không có thay đổi nào được lưu.");
        assertThat(view.cards()).hasSize(15);
    }

    @Test
    void regeneratingRefusesWhenSomeoneEditedWhileTheConfirmDialogWasOpen() {
        ButtonKt._click(rowButton(card(2), 1, "entry-up"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("stage-regenerate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        // meanwhile another organizer reorders batch 4
        StageBatch fourth = stored().get(3);
        StageEntry moved = fourth.entries().get(0);
        stage.move(moved.entryId(), moved.entryVersion(), fourth.id(), fourth.version(), 3);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        NotificationsKt.expectNotifications(CONCURRENT);
        // nothing discarded, and the page shows their edit
        assertThat(GridKt._get(card(4).grid, 2).awardId()).isEqualTo(moved.awardId());
        assertThat(stage.manualChangesToDiscard(conferences.current().orElseThrow())).isEqualTo(2);
    }

    @Test
    void savingSettingsRefusesWhenSomeoneSavedThemMeanwhile() {
        StagePlan seen = stage.plan(conferences.current().orElseThrow());
        stage.saveSettings(conferences.current().orElseThrow(), seen.settingsVersion(), 12, 90, 7);
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
        assertThat(card(2).getClassNames()).contains("stage-batch-over-capacity");
        assertThat(card(10).getClassNames()).doesNotContain("stage-batch-over-capacity");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("stage-regenerate")));
        assertThat(_find(view, Span.class, spec -> spec.withClasses("stage-over-capacity"))).isEmpty();
        assertThat(view.cards()).allMatch(c -> c.batch().size() <= 9);
    }

    @Test
    void aBatchHeadingDraggedOntoAnotherPutsTheBatchBeforeOrAfterIt() {
        long second = card(2).batch().id();
        long fifth = card(5).batch().id();
        // onto the lower half of batch 5: right after it
        dragBatch(2, 5, true);
        assertThat(card(5).batch().id()).isEqualTo(second);
        assertThat(card(4).batch().id()).isEqualTo(fifth);
        assertThat(stored().get(4).id()).isEqualTo(second);
        assertThat(stored().get(4).manuallyEdited()).isTrue();
        // back up onto the upper half of batch 3: right before it
        long third = card(3).batch().id();
        dragBatch(5, 3, false);
        assertThat(card(3).batch().id()).isEqualTo(second);
        assertThat(card(4).batch().id()).isEqualTo(third);
        // onto itself: nothing moves
        dragBatch(3, 3, true);
        assertThat(card(3).batch().id()).isEqualTo(second);
        assertThat(stored()).extracting(StageBatch::number).startsWith(1, 2, 3, 4, 5);
    }

    @Test
    void aLockedBatchIsNeitherDraggedNorButtonMovedNorShiftedByAnotherBatch() {
        ButtonKt._click(batchButton(card(4), "batch-lock"));
        long locked = card(4).batch().id();
        assertThat(batchButton(card(4), "batch-up").isEnabled()).isFalse();
        assertThat(batchButton(card(4), "batch-down").isEnabled()).isFalse();
        assertThat(card(4).header.getElement().getProperty("draggable")).isNotEqualTo("true");
        assertThat(card(5).header.getElement().getProperty("draggable")).isEqualTo("true");

        dragBatch(4, 2, false);
        assertThat(card(4).batch().id()).isEqualTo(locked);
        dragBatch(2, 6, true);
        NotificationsKt.expectNotifications(
                "Không thể chuyển đợt 2: đợt 4 đã khóa sẽ bị đổi vị trí. Mở khóa đợt 4 hoặc chọn vị trí khác.");
        ButtonKt._click(batchButton(card(5), "batch-up"));
        NotificationsKt.expectNotifications(
                "Không thể chuyển đợt 5: đợt 4 đã khóa sẽ bị đổi vị trí. Mở khóa đợt 4 hoặc chọn vị trí khác.");
        assertThat(card(4).batch().id()).isEqualTo(locked);
        assertThat(stored().get(3).id()).isEqualTo(locked);
    }

    @Test
    void aRowDraggedWithinItsBatchOrIntoAnotherLandsWhereItWasDropped() {
        StageEntry second = GridKt._get(card(2).grid, 1);
        // below the 4th row of its own batch: it becomes the 4th
        dragRow(2, 1, 2, 3, "below");
        assertThat(GridKt._get(card(2).grid, 3).awardId()).isEqualTo(second.awardId());
        assertThat(stored().get(1).entries().get(3).awardId()).isEqualTo(second.awardId());
        // above the 2nd row of batch 10 (9 people): it becomes the 2nd there
        StageEntry first = GridKt._get(card(2).grid, 0);
        dragRow(2, 0, 10, 1, "above");
        assertThat(GridKt._get(card(10).grid, 1).awardId()).isEqualTo(first.awardId());
        assertThat(GridKt._size(card(10).grid)).isEqualTo(10);
        assertThat(GridKt._size(card(2).grid)).isEqualTo(9);
    }
}
