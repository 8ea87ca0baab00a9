package vn.congan.ceremony.seating;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.SortDirection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.dashboard.ui.DashboardView;
import vn.congan.ceremony.seating.ui.AttendeesView;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class SeatingAttendeesViewTest extends AbstractViewTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SeatingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SeatingFixtures(context);
        fixtures.clearPlanning();
    }

    @Test
    void theOrganizerFindsTheListRightAfterTheSeatingPlanInTheMenu() {
        openAs(DashboardView.class, "organizer", Role.ORGANIZER);
        List<String> paths = _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        assertThat(paths).containsSubsequence("seating", "seating/attendees", "seating-print");
        assertThat(paths.indexOf("seating/attendees")).isEqualTo(paths.indexOf("seating") + 1);
    }

    @Test
    void theMcHasNoAttendeeList() {
        openAs(DashboardView.class, "mc", Role.MC);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).isNotEmpty()
                .doesNotContain("seating/attendees");
    }

    @Test
    void theListShowsEveryoneInOrderWithTheirSeat() {
        seatingService().autoAssign(fixtures.conference());
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);

        assertThat(GridKt._size(grid())).isEqualTo(6);
        assertThat(cell(0, "name")).isEqualTo("Phóng viên Báo Bình An");
        assertThat(cell(0, "seat")).isEqualTo("K19");
        assertThat(summary()).isEqualTo("6 người trong danh sách, 6 người đã có chỗ ngồi.");
    }

    @Test
    void theListSortsByNameInVietnameseOrderAndBackToItsOwnOrder() {
        var attendees = context.getBean(SeatingAttendeeService.class);
        attendees.add(fixtures.conference(), "Đỗ Văn Đức", null);
        attendees.add(fixtures.conference(), "Trần Thị Ánh", null);
        attendees.add(fixtures.conference(), "Lê Văn Dũng", null);
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);
        assertThat(grid().getColumns()).allMatch(Grid.Column::isResizable);

        GridKt._sortByKey(grid(), "name", SortDirection.ASCENDING);
        List<String> names = IntStream.range(0, GridKt._size(grid()))
                .mapToObj(i -> cell(i, "name")).toList();
        assertThat(names).containsSubsequence("Trần Thị Ánh", "Lê Văn Dũng", "Đỗ Văn Đức");
        assertThat(names.stream().map(PersonName::parse).toList())
                .isSortedAccordingTo(PersonName.ALPHABETICAL);
    }

    @Test
    void addingOneShowsItAtTheEndWithoutASeatYet() {
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withId("attendee-name")), "Võ Thị Mai");
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withId("attendee-organisation")), "Phóng viên, Báo Công an");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("attendee-add")));

        NotificationsKt.expectNotifications("Đã thêm Võ Thị Mai vào danh sách.");
        assertThat(GridKt._size(grid())).isEqualTo(7);
        assertThat(cell(6, "name")).isEqualTo("Võ Thị Mai");
        assertThat(cell(6, "organisation")).isEqualTo("Phóng viên, Báo Công an");
        assertThat(cell(6, "seat")).isEqualTo("chưa xếp");
        assertThat(_get(TextField.class, spec -> spec.withId("attendee-name")).getValue()).isEmpty();
    }

    @Test
    void aNameTypedWithHiddenCharactersIsStoredAndShownWithoutThem() {
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withId("attendee-name")), "Võ\u202E Thị\u200B Mai\u0007");
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withId("attendee-organisation")), "\u2067Báo Công an\u2069");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("attendee-add")));

        NotificationsKt.expectNotifications("Đã thêm Võ Thị Mai vào danh sách.");
        assertThat(cell(6, "name")).isEqualTo("Võ Thị Mai");
        assertThat(cell(6, "organisation")).isEqualTo("Báo Công an");
    }

    @Test
    void pastedNamesLoseTheirHiddenCharactersAndThePageSaysWhichLines() {
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);
        assertThat(_find(Paragraph.class, spec -> spec.withId("attendees-cleaned"))).as("nothing cleaned yet").isEmpty();
        LocatorJ._setValue(_get(TextArea.class, spec -> spec.withId("attendees-paste")),
                "Đinh Văn Hải\nVõ Thị\u202E Mai\u001B\n");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("attendees-paste-add")));

        NotificationsKt.expectNotifications("Đã thêm 2 người; bỏ qua 0 tên đã có trong danh sách.");
        assertThat(cell(7, "name")).isEqualTo("Võ Thị Mai");
        Paragraph cleaned = _get(Paragraph.class, spec -> spec.withId("attendees-cleaned"));
        assertThat(cleaned.getText())
                .isEqualTo("Dòng 2 (Võ Thị Mai): Đã xóa ký tự điều khiển/ẩn (U+202E, U+001B) trong họ tên.");
    }

    @Test
    void anImportedFileSaysWhichRowsLostHiddenCharacters() {
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);
        byte[] csv = "Họ và tên;Cơ quan\r\nVõ Thị\u200B Mai;Báo\u202E Công an\r\nĐinh Văn Hải;\r\n"
                .getBytes(StandardCharsets.UTF_8);

        upload("khach-moi.csv", "text/csv", csv);

        assertThat(cell(6, "name")).isEqualTo("Võ Thị Mai");
        assertThat(cell(6, "organisation")).isEqualTo("Báo Công an");
        assertThat(_get(Paragraph.class, spec -> spec.withId("attendees-cleaned")).getText()).isEqualTo(
                "Dòng 2 (Võ Thị Mai): Đã xóa ký tự điều khiển/ẩn (U+200B) trong họ tên, (U+202E) trong đơn vị.");
    }

    @Test
    void aBlankOrRepeatedNameGetsAMessageAndChangesNothing() {
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("attendee-add")));
        NotificationsKt.expectNotifications("Hãy nhập họ và tên.");
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withId("attendee-name")), "Đại diện Sở Nội vụ tỉnh");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("attendee-add")));
        NotificationsKt.expectNotifications("Đại diện Sở Nội vụ tỉnh đã có trong danh sách.");
        assertThat(GridKt._size(grid())).isEqualTo(6);
        assertThat(attendeeCount()).isEqualTo(6);
    }

    @Test
    void pastingSeveralNamesAddsTheNewOnesOnly() {
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);
        LocatorJ._setValue(_get(TextArea.class, spec -> spec.withId("attendees-paste")),
                "Võ Thị Mai\nĐinh Văn Hải\nPhóng viên Báo Bình An\n");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("attendees-paste-add")));

        NotificationsKt.expectNotifications("Đã thêm 2 người; bỏ qua 1 tên đã có trong danh sách.");
        assertThat(GridKt._size(grid())).isEqualTo(8);
        assertThat(cell(7, "name")).isEqualTo("Đinh Văn Hải");
        assertThat(_get(TextArea.class, spec -> spec.withId("attendees-paste")).getValue()).isEmpty();
    }

    @Test
    void removingSomeoneAsksFirstNamingTheSeatThenFreesIt() {
        seatingService().autoAssign(fixtures.conference());
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);

        ButtonKt._click(removeButton(1));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm))
                .isEqualTo("Xóa Phóng viên Đài Phát thanh - Truyền hình tỉnh khỏi danh sách khách mời? Ghế K17 sẽ trống.");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(GridKt._size(grid())).isEqualTo(6);

        ButtonKt._click(removeButton(1));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("Đã xóa Phóng viên Đài Phát thanh - Truyền hình tỉnh khỏi danh sách.");
        assertThat(GridKt._size(grid())).isEqualTo(5);
        assertThat(cell(1, "name")).isEqualTo("Đại diện Hội Cựu Công an nhân dân tỉnh");
        assertThat(summary()).isEqualTo("5 người trong danh sách, 5 người đã có chỗ ngồi.");
        assertThat(seatingService().map(fixtures.conference()).orElseThrow().bySeatId()).hasSize(5);
    }

    @Test
    void anXlsxListIsImportedAndImportingItAgainAddsNothing() {
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);
        byte[] xlsx = SeatingAttendeeParserTest.guestList().xlsx();

        upload("khach-moi.xlsx", XLSX, xlsx);
        NotificationsKt.expectNotifications(
                "Đã nhập 4 người từ trang \"Danh sách\" (dòng tiêu đề 4); bỏ qua 0 tên đã có trong danh sách.");
        assertThat(GridKt._size(grid())).isEqualTo(10);
        assertThat(cell(6, "name")).isEqualTo("Nguyễn Thị Lan");
        assertThat(cell(6, "organisation")).isEqualTo("Phóng viên, Báo Bình An");

        upload("khach-moi.xlsx", XLSX, xlsx);
        NotificationsKt.expectNotifications(
                "Đã nhập 0 người từ trang \"Danh sách\" (dòng tiêu đề 4); bỏ qua 4 tên đã có trong danh sách.");
        assertThat(GridKt._size(grid())).isEqualTo(10);
        assertThat(attendeeCount()).isEqualTo(10);
    }

    @Test
    void aCsvListIsImported() {
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);
        byte[] csv = "Họ và tên;Cơ quan\r\nVõ Thị Mai;Báo Công an\r\nĐinh Văn Hải;\r\n".getBytes(StandardCharsets.UTF_8);

        upload("khach-moi.csv", "text/csv", csv);

        NotificationsKt.expectNotifications(
                "Đã nhập 2 người từ trang \"khach-moi.csv\" (dòng tiêu đề 1); bỏ qua 0 tên đã có trong danh sách.");
        assertThat(GridKt._size(grid())).isEqualTo(8);
        assertThat(cell(7, "name")).isEqualTo("Đinh Văn Hải");
    }

    @Test
    void aBrokenFileOrAListWithoutANameColumnGetsAVietnameseMessageAndWritesNothing() {
        openAs(AttendeesView.class, "organizer", Role.ORGANIZER);

        upload("khach-moi.xlsx", XLSX, "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1));
        NotificationsKt.expectNotifications(
                "Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng. Không có dữ liệu nào được lưu.");
        upload("bao-cao.pdf", "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        NotificationsKt.expectNotifications(
                "Tệp này không phải bảng tính Excel (.xlsx, .xls) hoặc CSV. Không có dữ liệu nào được lưu.");
        upload("ds.csv", "text/csv", "Số,Người\r\n1,An\r\n".getBytes(StandardCharsets.UTF_8));
        NotificationsKt.expectNotifications("Không tìm thấy cột \"Họ và tên\" trong tệp (ví dụ dòng tiêu đề: "
                + "STT | Họ và tên | Chức vụ | Cơ quan). Không có dữ liệu nào được lưu.");
        upload("ds.csv", "text/csv", ("Họ và tên\r\nVõ Thị Mai\r\n" + "A".repeat(201) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        NotificationsKt.expectNotifications("Dòng 3: họ và tên dài quá 200 ký tự. Không có tên nào được thêm.");

        assertThat(GridKt._size(grid())).isEqualTo(6);
        assertThat(attendeeCount()).isEqualTo(6);
    }

    private void upload(String fileName, String mime, byte[] content) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("attendees-upload")), fileName, mime, content);
        MockVaadin.clientRoundtrip();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AttendeeRow> grid() {
        return _get(Grid.class, spec -> spec.withId("attendees-grid"));
    }

    private static String cell(int row, String column) {
        Grid<AttendeeRow> grid = grid();
        return GridKt.getPresentationValue(GridKt._getColumnByKey(grid, column), GridKt._get(grid, row)).toString();
    }

    private static Button removeButton(int row) {
        return (Button) GridKt._getCellComponent(grid(), row, "remove");
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("attendees-summary")).getText();
    }

    private long attendeeCount() {
        return context.getBean(SeatingAttendeeRepository.class).count();
    }

    private SeatingService seatingService() {
        return context.getBean(SeatingService.class);
    }
}
