package vn.congan.ceremony.conference.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.AgendaItemType;
import vn.congan.ceremony.conference.AgendaService;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.ScheduledItem;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class AgendaViewTest extends AbstractViewTest {

    static final String CONCURRENT = "Dữ liệu vừa được người khác thay đổi. Trang đã được tải lại, vui lòng kiểm tra "
            + "và thực hiện lại.";

    @Autowired
    AgendaService agenda;
    @Autowired
    ConferenceService conferences;

    @SuppressWarnings("unchecked")
    private Grid<ScheduledItem> grid() {
        return _get(Grid.class);
    }

    private AgendaView view() {
        return _get(AgendaView.class);
    }

    private List<String> titles() {
        Grid<ScheduledItem> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i).item().getTitle()).toList();
    }

    private String start(int row) {
        return cellText(row, "start", "agenda-start");
    }

    private String cellText(int row, String column, String className) {
        Component cell = GridKt._getCellComponent(grid(), row, column);
        return _find(cell, Component.class, spec -> spec.withClasses(className)).stream()
                .map(c -> c.getElement().getText()).findFirst().orElse("");
    }

    private Button reorderButton(int row, int which) {
        Component cell = GridKt._getCellComponent(grid(), row, ReorderColumn.KEY);
        return (Button) cell.getChildren().toList().get(which);
    }

    private List<String> warnings() {
        return _find(Span.class, spec -> spec.withClasses("agenda-warning")).stream().map(Span::getText).toList();
    }

    private void click(String caption) {
        ButtonKt._click(_get(Button.class, spec -> spec.withText(caption)));
    }

    @Test
    void theAgendaShowsTheTypicalProgrammeWithComputedStartTimes() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        assertThat(GridKt._size(grid())).isEqualTo(10);
        assertThat(start(0)).isEqualTo("07:30");
        assertThat(start(3)).isEqualTo("08:15");
        assertThat(start(9)).isEqualTo("10:45");
        assertThat(cellText(1, "title", "agenda-type")).isEqualTo("Chào cờ");
        assertThat(cellText(2, "title", "agenda-type")).isEqualTo("Khai mạc, giới thiệu đại biểu");
        assertThat(cellText(2, "title", "agenda-title")).isEqualTo("Tuyên bố lý do, giới thiệu đại biểu");
        assertThat(cellText(1, "start", "agenda-fixed")).isEqualTo("cố định 08:00");
        assertThat(cellText(2, "start", "agenda-fixed")).isEmpty();
        assertThat(GridKt._getFormatted(grid(), 7, "responsible")).isEqualTo("Đại tá Nguyễn Thế Hùng");
        assertThat(GridKt._getFormatted(grid(), 6, "duration")).isEqualTo("40 phút");
        assertThat(warnings()).isEmpty();
        assertThat(_get(Paragraph.class,
                spec -> spec.withClasses("agenda-summary")).getText())
                .isEqualTo("Hội nghị tổng kết Phong trào thi đua đặc biệt - ngày 20/11/2020: bắt đầu 07:30, "
                        + "dự kiến kết thúc 11:00, kết thúc theo chương trình 10:55");
    }

    @Test
    void thePageOpensWithoutTheItemFormWhichAddOrChoosingARowShows() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        assertThat(_find(AgendaItemForm.class)).isEmpty();
        GridKt._selectRow(grid(), 2);
        AgendaItemForm form = _get(AgendaItemForm.class);
        assertThat(form.title.getValue()).isEqualTo("Tuyên bố lý do, giới thiệu đại biểu");
        assertThat(form.delegate.getListDataView().getItemCount()).isPositive();
        ButtonKt._click(form.cancel);
        assertThat(_find(AgendaItemForm.class)).isEmpty();
        click("Thêm mục");
        assertThat(_get(AgendaItemForm.class).title.getValue()).isEmpty();
    }

    @Test
    void anAddedItemIsAppendedAndTheOverTimeWarningAppears() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        click("Thêm mục");
        AgendaItemForm form = view().form();
        HasValueUtilsKt._setValue(form.type, AgendaItemType.PERFORMANCE);
        HasValueUtilsKt._setValue(form.title, "Văn nghệ chào mừng");
        HasValueUtilsKt._setValue(form.responsibleText, "Đoàn Thanh niên");
        HasValueUtilsKt._setValue(form.duration, 15);
        // the preview is live, before saving
        assertThat(warnings()).containsExactly(
                "Chương trình kết thúc lúc 11:10, quá giờ dự kiến kết thúc (11:00) 10 phút.");
        assertThat(form.preview.getText()).isEqualTo("Mục này: 10:55 - 11:10; chương trình kết thúc lúc 11:10.");
        ButtonKt._click(form.save);

        NotificationsKt.expectNotifications("Đã thêm mục vào chương trình.");
        assertThat(titles()).hasSize(11).endsWith("Văn nghệ chào mừng");
        assertThat(start(10)).isEqualTo("10:55");
        assertThat(GridKt._getFormatted(grid(), 10, "responsible")).isEqualTo("Đoàn Thanh niên");
        assertThat(warnings()).containsExactly(
                "Chương trình kết thúc lúc 11:10, quá giờ dự kiến kết thúc (11:00) 10 phút.");
    }

    @Test
    void aFixedStartTheItemsBeforeOverrunIsSaidNextToTheFormWithTheTitleAsTyped() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        click("Thêm mục");
        AgendaItemForm form = view().form();
        HasValueUtilsKt._setValue(form.fixedStart, java.time.LocalTime.of(8, 10));
        String untitled = "\"Mục này\" phải bắt đầu lúc 08:10 nhưng các mục trước kéo dài đến 10:55 (chậm 165 phút).";
        String late = "Chương trình kết thúc lúc 11:05, quá giờ dự kiến kết thúc (11:00) 5 phút.";
        assertThat(formWarnings()).containsExactly(untitled, late);
        assertThat(warnings()).contains(untitled);

        HasValueUtilsKt._setValue(form.title, "Văn nghệ chào mừng");
        String named = "\"Văn nghệ chào mừng\" phải bắt đầu lúc 08:10 nhưng các mục trước kéo dài đến 10:55 (chậm 165 phút).";
        assertThat(formWarnings()).containsExactly(named, late);
        assertThat(warnings()).contains(named);
        ButtonKt._click(form.cancel);
        assertThat(warnings()).isEmpty();
    }

    private List<String> formWarnings() {
        return _find(Span.class, spec -> spec.withClasses("agenda-form-warning")).stream().map(Span::getText).toList();
    }

    @Test
    void editingAnItemSavesItAndRecomputesTheTimes() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        GridKt._selectRow(grid(), 3);
        AgendaItemForm form = view().form();
        assertThat(form.title.getValue()).isEqualTo("Báo cáo tổng kết phong trào thi đua");
        HasValueUtilsKt._setValue(form.title, "Báo cáo tổng kết Phong trào thi đua đặc biệt");
        HasValueUtilsKt._setValue(form.duration, 40);
        ButtonKt._click(form.save);

        NotificationsKt.expectNotifications("Đã lưu mục.");
        assertThat(titles().get(3)).isEqualTo("Báo cáo tổng kết Phong trào thi đua đặc biệt");
        assertThat(start(4)).isEqualTo("08:55");
        assertThat(warnings()).containsExactly(
                "Chương trình kết thúc lúc 11:05, quá giờ dự kiến kết thúc (11:00) 5 phút.");
    }

    @Test
    void aLongerWelcomeWarnsLiveThatTheFlagSaluteStartsLate() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        GridKt._selectRow(grid(), 0);
        HasValueUtilsKt._setValue(view().form().duration, 40);
        assertThat(warnings()).containsExactly(
                "\"Chào cờ\" phải bắt đầu lúc 08:00 nhưng các mục trước kéo dài đến 08:10 (chậm 10 phút).",
                "Chương trình kết thúc lúc 11:05, quá giờ dự kiến kết thúc (11:00) 5 phút.");
        // nothing saved yet
        assertThat(start(1)).isEqualTo("08:00");
        ButtonKt._click(view().form().cancel);
        assertThat(warnings()).isEmpty();
    }

    @Test
    void upAndDownButtonsReorderAndTheTimesFollow() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        assertThat(reorderButton(0, 0).isEnabled()).isFalse();
        ButtonKt._click(reorderButton(2, 1));
        assertThat(titles()).startsWith("Đón tiếp đại biểu", "Chào cờ", "Báo cáo tổng kết phong trào thi đua",
                "Tuyên bố lý do, giới thiệu đại biểu");
        assertThat(start(3)).isEqualTo("08:35");
        ButtonKt._click(reorderButton(3, 0));
        assertThat(titles().get(2)).isEqualTo("Tuyên bố lý do, giới thiệu đại biểu");
    }

    @Test
    void aDropAboveARowMovesTheDraggedItemThere() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        List<ScheduledItem> rows = IntStream.range(0, 10).mapToObj(i -> GridKt._get(grid(), i)).toList();
        view().reorder().drop(rows.get(9), rows.get(2), false);
        assertThat(titles()).startsWith("Đón tiếp đại biểu", "Chào cờ", "Bế mạc");
        rows = IntStream.range(0, 10).mapToObj(i -> GridKt._get(grid(), i)).toList();
        view().reorder().drop(rows.get(2), rows.get(9), true);
        assertThat(titles()).endsWith("Phát biểu tiếp thu chỉ đạo", "Bế mạc");
    }

    @Test
    void removingAnItemAsksFirstAndCancelKeepsIt() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        GridKt._selectRow(grid(), 4);
        ButtonKt._click(view().form().remove);
        ConfirmDialog ask = _get(
                ConfirmDialog.class,
                spec -> spec.withId("agenda-remove-confirm"));
        assertThat(ask.getElement().getProperty("message"))
                .isEqualTo("Xóa \"Tham luận\" (08:45) khỏi chương trình hội nghị? Giờ của các mục sau sẽ được tính lại.");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(ask);
        assertThat(titles()).hasSize(10).contains("Tham luận");

        ButtonKt._click(view().form().remove);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(
                ConfirmDialog.class,
                spec -> spec.withId("agenda-remove-confirm")));
        NotificationsKt.expectNotifications("Đã xóa mục khỏi chương trình.");
        assertThat(titles()).hasSize(9).doesNotContain("Tham luận");
        assertThat(start(4)).isEqualTo("08:45");
    }

    @Test
    void aStaleSaveShowsTheConcurrentEditMessageAndReloads() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        GridKt._selectRow(grid(), 3);
        // someone else saves the same item meanwhile
        AgendaItem theirs = agenda.plan(conferences.current().orElseThrow()).items().get(3);
        theirs.setTitle("Báo cáo do người khác sửa");
        theirs.setFixedStart(LocalTime.of(8, 20));
        agenda.save(theirs);

        HasValueUtilsKt._setValue(view().form().title, "Báo cáo của tôi");
        ButtonKt._click(view().form().save);

        NotificationsKt.expectNotifications(CONCURRENT);
        assertThat(titles().get(3)).isEqualTo("Báo cáo do người khác sửa");
        assertThat(start(3)).isEqualTo("08:20");
        assertThat(view().form().isVisible()).isFalse();
        assertThat(agenda.plan(conferences.current().orElseThrow()).items().get(3).getTitle())
                .isEqualTo("Báo cáo do người khác sửa");
    }

    @Test
    void aStaleMoveIsRefusedWithTheSameMessage() {
        openAs(AgendaView.class, "organizer", Role.ORGANIZER);
        AgendaItem theirs = agenda.plan(conferences.current().orElseThrow()).items().get(5);
        theirs.setDurationMinutes(15);
        agenda.save(theirs);
        ButtonKt._click(reorderButton(5, 0));
        NotificationsKt.expectNotifications(CONCURRENT);
        assertThat(titles().get(5)).isEqualTo("Công bố quyết định khen thưởng");
        assertThat(GridKt._getFormatted(grid(), 5, "duration")).isEqualTo("15 phút");
    }

    @Test
    void otherRolesReadTheAgendaButCannotChangeIt() {
        openAs(AgendaView.class, "mc", Role.MC);
        assertThat(GridKt._size(grid())).isEqualTo(10);
        assertThat(_find(Button.class, spec -> spec.withText("Thêm mục"))).isEmpty();
        // no reorder arrows at all, not even disabled ones
        assertThat(grid().getColumnByKey("reorder")).isNull();
        assertThat(grid().isRowsDraggable()).isFalse();
        GridKt._selectRow(grid(), 3);
        assertThat(view().form().isVisible()).isFalse();
    }

    @Test
    void theProgrammeCanBeDownloadedAndPreviewed() {
        openAs(AgendaView.class, "print", Role.PRINT);
        Anchor download = _get(Anchor.class, spec -> spec.withId("programme-download"));
        Anchor preview = _get(Anchor.class, spec -> spec.withId("programme-preview"));
        assertThat(download.getText()).isEqualTo("Tải chương trình (PDF)");
        assertThat(preview.getTarget()).contains("_blank");
        byte[] pdf = com.github.mvysny.kaributesting.v10.DownloadKt._download(download);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
