package vn.congan.ceremony.conference.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.conference.DelegateService;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class DelegatesViewTest extends AbstractViewTest {

    @Autowired
    DelegateService delegates;
    @Autowired
    ConferenceService conferences;

    @SuppressWarnings("unchecked")
    private Grid<Delegate> grid() {
        return _get(Grid.class);
    }

    private List<String> names() {
        return IntStream.range(0, GridKt._size(grid())).mapToObj(i -> GridKt._get(grid(), i).getFullName()).toList();
    }

    private String introduction() {
        return _get(Div.class, spec -> spec.withClasses("delegate-introduction")).getText();
    }

    private Button button(String caption) {
        return _get(Button.class, spec -> spec.withText(caption));
    }

    private Button reorderButton(int row, int which) {
        return (Button) GridKt._getCellComponent(grid(), row, ReorderColumn.KEY).getChildren().toList().get(which);
    }

    @Test
    void theDelegatesAreListedByPrecedenceWithTheIntroductionText() {
        openAs(DelegatesView.class, "organizer", Role.ORGANIZER);
        assertThat(names()).containsExactly("Nguyễn Thế Hùng", "Hoàng Minh Tuấn", "Trần Quốc Bình", "Lê Văn Ước",
                "Phạm Thị Ánh", "Đỗ Thị Lan");
        assertThat(GridKt._getFormatted(grid(), 0, "title"))
                .isEqualTo("Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh");
        assertThat(GridKt._getFormatted(grid(), 1, "organisation")).isEqualTo("Ủy ban nhân dân tỉnh Bình An");
        // read in protocol order: the People's Committee's Vice-Chairman before the Director (the
        // conference's setting), though listed second
        assertThat(introduction().split("\n")).containsSubsequence(
                "Đồng chí Hoàng Minh Tuấn, Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân "
                        + "tỉnh Bình An.",
                "Đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, "
                        + "Bí thư Đảng ủy, Giám đốc Công an tỉnh.");
    }

    @Test
    void printStaffAndTheMcReadTheDelegatesWithoutReorderArrows() {
        for (Role role : List.of(Role.PRINT, Role.MC)) {
            openAs(DelegatesView.class, role.name().toLowerCase(Locale.ROOT), role);
            assertThat(names()).hasSize(6);
            assertThat(grid().getColumnByKey(ReorderColumn.KEY)).as(role.name()).isNull();
            assertThat(grid().isRowsDraggable()).isFalse();
        }
    }

    @Test
    void sortingByNameShowsVietnameseOrderAndHidesTheArrowsUntilTheSortIsCleared() {
        openAs(DelegatesView.class, "organizer", Role.ORGANIZER);
        GridKt._sortByKey(grid(), "name", SortDirection.ASCENDING);
        assertThat(names()).containsExactly("Phạm Thị Ánh", "Trần Quốc Bình", "Nguyễn Thế Hùng", "Đỗ Thị Lan",
                "Hoàng Minh Tuấn", "Lê Văn Ước");
        assertThat(grid().getColumnByKey(ReorderColumn.KEY).isVisible()).isFalse();
        assertThat(grid().isRowsDraggable()).isFalse();
        GridKt._sort(grid());
        assertThat(names()).startsWith("Nguyễn Thế Hùng", "Hoàng Minh Tuấn");
        assertThat(grid().getColumnByKey(ReorderColumn.KEY).isVisible()).isTrue();
        assertThat(grid().isRowsDraggable()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOutsideGuestIsAddedAtTheEndAndIntroducedLast() {
        openAs(DelegatesView.class, "organizer", Role.ORGANIZER);
        HasValueUtilsKt._setValue(_get(RadioButtonGroup.class), DelegatesView.Kind.GUEST);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Họ và tên khách mời")),
                "Vũ Văn Khải");
        HasValueUtilsKt._setValue(_get(ComboBox.class, spec -> spec.withLabel("Cấp bậc")), Rank.THUONG_TA);
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withLabel("Chức danh đọc khi giới thiệu")),
                "Phó Chỉ huy trưởng");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Cơ quan (khách mời)")),
                "Bộ Chỉ huy Quân sự tỉnh Bình An");
        ButtonKt._click(button("Thêm đại biểu"));

        NotificationsKt.expectNotifications("Đã lưu đại biểu.");
        assertThat(names()).hasSize(7).endsWith("Vũ Văn Khải");
        String[] lines = introduction().split("\n");
        assertThat(lines[lines.length - 2]).isEqualTo("Đồng chí Thượng tá Vũ Văn Khải, "
                + "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bình An.");
    }

    @Test
    void editingATitleLineChangesTheIntroduction() {
        openAs(DelegatesView.class, "organizer", Role.ORGANIZER);
        GridKt._selectRow(grid(), 2);
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withLabel("Chức danh đọc khi giới thiệu")),
                "Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh");
        ButtonKt._click(button("Lưu"));
        NotificationsKt.expectNotifications("Đã lưu đại biểu.");
        assertThat(introduction()).contains("Đồng chí Đại tá Trần Quốc Bình, "
                + "Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh.");
    }

    @Test
    void upDownAndDropChangeThePrecedenceAndTheIntroductionOrder() {
        openAs(DelegatesView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(reorderButton(1, 1));
        assertThat(names()).startsWith("Nguyễn Thế Hùng", "Trần Quốc Bình", "Hoàng Minh Tuấn");
        ButtonKt._click(reorderButton(2, 0));
        assertThat(names()).startsWith("Nguyễn Thế Hùng", "Hoàng Minh Tuấn", "Trần Quốc Bình");

        _get(DelegatesView.class).reorder().drop(GridKt._get(grid(), 5), GridKt._get(grid(), 0), true);
        assertThat(names()).startsWith("Nguyễn Thế Hùng", "Đỗ Thị Lan", "Hoàng Minh Tuấn");
        assertThat(GridKt._getFormatted(grid(), 1, "precedence")).isEqualTo("2");
        // the Vice-Chairman is introduced before the Director: Đỗ Thị Lan comes third
        assertThat(introduction().split("\n")[3]).contains("Đỗ Thị Lan");
    }

    @Test
    void removingAGuestClosesTheGapAndADelegateInUseIsRefused() {
        openAs(DelegatesView.class, "organizer", Role.ORGANIZER);
        GridKt._selectRow(grid(), 0);
        ButtonKt._click(button("Xóa khỏi danh sách"));
        // He leads agenda items and presents batches; the count depends on the stage order.
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .extracting(n -> n.getElement().getProperty("text")).asString()
                .matches("Không thể xóa: Đại tá Nguyễn Thế Hùng đang được sử dụng ở \\d+ nơi khác\\.");
        NotificationsKt.clearNotifications();
        GridKt._selectRow(grid(), 1);
        ButtonKt._click(button("Xóa khỏi danh sách"));
        NotificationsKt.expectNotifications("Đã xóa đại biểu khỏi danh sách.");
        assertThat(names()).hasSize(5).doesNotContain("Hoàng Minh Tuấn");
    }

    @Test
    void aStaleEditShowsTheConcurrentEditMessageAndReloads() {
        openAs(DelegatesView.class, "organizer", Role.ORGANIZER);
        GridKt._selectRow(grid(), 1);
        Delegate theirs = delegates.delegates(conferences.current().orElseThrow()).get(1);
        theirs.setTitleLine("Phó Chủ tịch Thường trực");
        delegates.update(theirs);

        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withLabel("Chức danh đọc khi giới thiệu")),
                "Chủ tịch");
        ButtonKt._click(button("Lưu"));
        NotificationsKt.expectNotifications(AgendaViewTest.CONCURRENT);
        assertThat(GridKt._getFormatted(grid(), 1, "title")).isEqualTo("Phó Chủ tịch Thường trực");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Chức danh đọc khi giới thiệu")).getValue())
                .isEqualTo("Phó Chủ tịch Thường trực");
    }
}
