package vn.congan.ceremony.award.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.AwardFormRepository;
import vn.congan.ceremony.award.AwardRepository;
import vn.congan.ceremony.award.DecisionFixtures;
import vn.congan.ceremony.award.RecipientRow;
import vn.congan.ceremony.award.importer.Encrypted;
import vn.congan.ceremony.award.ui.ImportDialog;
import vn.congan.ceremony.award.importer.ListWorkbook;
import vn.congan.ceremony.award.importer.PreviewRow;
import vn.congan.ceremony.award.importer.RealListFixture;
import vn.congan.ceremony.common.spreadsheet.RawXlsx;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.ConferenceRepository;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class ImportDialogTest extends AbstractViewTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired AwardDecisionRepository decisions;
    @Autowired AwardFormRepository forms;
    @Autowired ConferenceRepository conferences;
    @Autowired AwardRepository awards;

    private Long decisionId;

    @BeforeEach
    void openAnEmptyDecision() {
        decisionId = DecisionFixtures.emptyDecision(decisions, forms, conferences);
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(DecisionView.class, decisionId);
        _click(_get(Button.class, spec -> spec.withId("recipient-import")));
    }

    @Test
    void uploadingTheListShowsEveryRowThenTheCommitAddsThemAll() {
        upload("danh-sach.xlsx", XLSX, new RealListFixture().workbook.xlsx());

        ImportDialog dialog = _get(ImportDialog.class);
        @SuppressWarnings("unchecked")
        Grid<PreviewRow> preview = _get(dialog, Grid.class);
        assertThat(GridKt._size(preview)).isEqualTo(134);
        assertThat(GridKt._get(preview, 0).recipient().name()).isEqualTo("Văn phòng Công an tỉnh");
        assertThat(GridKt.getPresentationValue(GridKt._getColumnByKey(preview, "kind"), GridKt._get(preview, 100)))
                .isEqualTo("Cá nhân");
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("import-summary")).getText())
                .contains("Sẽ nhập 38 tập thể, 96 cá nhân", "tạo mới 22 đơn vị, 96 cá nhân", "bỏ qua 0 dòng");
        Button commit = _get(Button.class, spec -> spec.withId("import-commit"));
        assertThat(commit.getText()).isEqualTo("Nhập 38 tập thể, 96 cá nhân");
        assertThat(awards.count()).as("nothing written before the commit").isEqualTo(awardsBefore());

        _click(commit);

        NotificationsKt.expectNotifications(
                "Đã nhập 38 tập thể, 96 cá nhân (tạo mới 22 đơn vị, 96 cá nhân; bỏ qua 0 dòng).");
        assertThat(_find(ImportDialog.class)).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<RecipientRow> recipients = _get(Grid.class, spec -> spec.withClasses("recipient-grid"));
        assertThat(GridKt._size(recipients)).isEqualTo(134);
    }

    @Test
    void thePreviewSaysWhichHiddenCharactersWereRemovedAndTheCommitStoresTheCleanedName() {
        byte[] csv = ("STT,Họ và tên,Cấp bậc,Chức vụ,Đơn vị\r\n"
                + "1,Nguyễn\u202EVăn\u0007 An,Đại úy,Cán\u200B bộ,Phòng Hậu cần\r\n"
                + "2,Lê Văn Bình,Đại úy,Cán bộ,Phòng Hậu cần\r\n").getBytes(StandardCharsets.UTF_8);

        upload("ds.csv", "text/csv", csv);

        ImportDialog dialog = _get(ImportDialog.class);
        @SuppressWarnings("unchecked")
        Grid<PreviewRow> preview = _get(dialog, Grid.class);
        var cleaned = GridKt._getColumnByKey(preview, "cleaned");
        assertThat(GridKt.getPresentationValue(cleaned, GridKt._get(preview, 0)))
                .isEqualTo("Đã xóa ký tự điều khiển/ẩn (U+202E, U+0007) trong họ tên, (U+200B) trong chức vụ");
        assertThat(GridKt.getPresentationValue(cleaned, GridKt._get(preview, 1))).isEqualTo("");
        assertThat(GridKt._get(preview, 0).recipient().name()).isEqualTo("NguyễnVăn An");
        assertThat(GridKt._get(preview, 0).importable()).isTrue();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("import-summary")).getText())
                .contains("Sẽ nhập 0 tập thể, 2 cá nhân", "Đã xóa ký tự điều khiển/ẩn ở 1 dòng");

        _click(_get(Button.class, spec -> spec.withId("import-commit")));

        @SuppressWarnings("unchecked")
        Grid<RecipientRow> recipients = _get(Grid.class, spec -> spec.withClasses("recipient-grid"));
        assertThat(GridKt._size(recipients)).isEqualTo(2);
        RecipientRow stored = IntStream.range(0, 2).mapToObj(i -> GridKt._get(recipients, i))
                .filter(r -> r.name().startsWith("Nguyễn")).findFirst().orElseThrow();
        assertThat(stored.displayName()).isEqualTo("Đại úy NguyễnVăn An");
        assertThat(stored.position()).isEqualTo("Cán bộ");
        assertThat(VietText.hasHidden(stored.displayName() + stored.position())).isFalse();
    }

    @Test
    void aFormulaSavedWithoutItsResultIsAProblemRowOfThePreviewWithItsReason() {
        byte[] xlsx = new ListWorkbook(6).header()
                .row(1, "Nguyễn Văn An", "Đại úy", "Cán bộ", "Phòng Hậu cần")
                .row(2, new ListWorkbook.Formula("\"Lê \"&\"Văn Bình\""), "Đại úy", "Cán bộ", "Phòng Hậu cần")
                .xlsx();

        upload("ds.xlsx", XLSX, xlsx);

        ImportDialog dialog = _get(ImportDialog.class);
        @SuppressWarnings("unchecked")
        Grid<PreviewRow> preview = _get(dialog, Grid.class);
        assertThat(GridKt._size(preview)).isEqualTo(2);
        assertThat(GridKt.getPresentationValue(GridKt._getColumnByKey(preview, "problems"), GridKt._get(preview, 1)))
                .isEqualTo("Ô có công thức chưa được tính (tệp không lưu kết quả): mở tệp bằng Excel, lưu lại rồi nhập lại");
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("import-summary")).getText())
                .contains("Sẽ nhập 0 tập thể, 1 cá nhân", "bỏ qua 1 dòng");
    }

    @Test
    void aZipBombAndAListOverTheRowCapHaveTheirOwnMessages() {
        expectMessage("ds.xlsx", RawXlsx.zipBomb(),
                "Tệp .xlsx có nội dung nén bất thường (có thể là tệp độc hại), không thể đọc. "
                        + "Không có dữ liệu nào được lưu.");
        StringBuilder csv = new StringBuilder("STT,Họ và tên,Cấp bậc\r\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append(i).append(",Người ").append(i).append(",Đại úy\r\n");
        }
        expectMessage("ds.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "Tệp có quá 10.000 dòng có dữ liệu; hãy chia danh sách thành nhiều tệp nhỏ hơn. "
                        + "Không có dữ liệu nào được lưu.");
        assertThat(_find(Grid.class, spec -> spec.withClasses("import-preview"))).isEmpty();
    }

    @Test
    void theSameFileAgainOffersNothingToImport() {
        byte[] xlsx = new RealListFixture().workbook.xlsx();
        upload("ds.xlsx", XLSX, xlsx);
        _click(_get(Button.class, spec -> spec.withId("import-commit")));
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("recipient-import")));

        upload("ds.xlsx", XLSX, xlsx);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-summary")).getText())
                .contains("Sẽ nhập 0 tập thể, 0 cá nhân", "bỏ qua 134 dòng");
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled()).isFalse();
    }

    @Test
    void cancellingThePreviewWritesNothing() {
        long before = awards.count();
        upload("ds.xlsx", XLSX, new RealListFixture().workbook.xlsx());

        _click(_get(Button.class, spec -> spec.withId("import-cancel")));

        assertThat(_find(ImportDialog.class)).isEmpty();
        assertThat(awards.count()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoSpreadsheetGetsAVietnameseMessageAndNoPreview() {
        upload("bao-cao.pdf", "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));

        NotificationsKt.expectNotifications("Tệp này không phải bảng tính Excel (.xlsx, .xls) hoặc CSV. "
                + "Không có dữ liệu nào được lưu.");
        assertThat(_get(ImportDialog.class).getChildren()).isNotEmpty();
        assertThat(_find(Grid.class, spec -> spec.withClasses("import-preview"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled()).isFalse();
    }

    @Test
    void eachKindOfBadInputHasItsOwnMessage() {
        expectMessage("ds.csv", "STT,Họ và tên\r\n1,Ân\r\n".getBytes(Charset.forName("windows-1258")),
                "Tệp CSV không ở bảng mã UTF-8. Trong Excel hãy chọn Lưu thành \"CSV UTF-8\". "
                        + "Không có dữ liệu nào được lưu.");
        expectMessage("ds.xlsx", new ListWorkbook(2).row("Số", "Người").row(1, "An").xlsx(),
                "Không tìm thấy dòng tiêu đề của danh sách (ví dụ: STT | Họ và tên | Cấp bậc | Chức vụ | Đơn vị). "
                        + "Không có dữ liệu nào được lưu.");
        expectMessage("ds.csv", " \r\n".getBytes(StandardCharsets.UTF_8),
                "Tệp không có dữ liệu (trang tính trống). Không có dữ liệu nào được lưu.");
        expectMessage("ds.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1),
                "Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng. Không có dữ liệu nào được lưu.");
        expectMessage("lon.xlsx", new byte[10 * 1024 * 1024 + 1], "Tệp lớn hơn 10 MB. Không có dữ liệu nào được lưu.");
        assertThat(awards.count()).isEqualTo(awardsBefore());
    }

    @Test
    void aRawUploadFarOverTheCapIsCutOffWhileReceivedAndRefusedInVietnamese() throws Exception {
        Upload upload = _get(Upload.class);
        UploadHandler handler = UploadKt.get_handler(upload);
        long[] read = {0};
        InputStream body = new InputStream() { // 200 MB of a raw POST body, generated as read
            private long left = 200L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? count(1) * 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return count(n);
            }

            private int count(int n) {
                read[0] += n;
                return n;
            }
        };
        VaadinRequest request = Mockito.mock(VaadinRequest.class);
        Mockito.when(request.getInputStream()).thenReturn(body);
        VaadinResponse response = Mockito.mock(VaadinResponse.class);

        handler.handleUploadRequest(new UploadEvent(request, response, VaadinSession.getCurrent(), "lon.xlsx", -1,
                "application/octet-stream", upload.getElement(), null, null));
        handler.responseHandled(true, response);
        MockVaadin.clientRoundtrip();

        assertThat(read[0]).as("bytes read of the body").isLessThanOrEqualTo(10 * 1024 * 1024 + 64 * 1024);
        Mockito.verify(response).setStatus(413);
        NotificationsKt.expectNotifications("Tệp lớn hơn 10 MB. Không có dữ liệu nào được lưu.");
        assertThat(_find(Grid.class, spec -> spec.withClasses("import-preview"))).isEmpty();
    }

    @Test
    void aListWithAHeaderButNoRecipientRowSaysSoAndWritesNothing() {
        long before = awards.count();
        byte[] xlsx = ListWorkbook.withTitle().header().merged("I. TẬP THỂ").merged("II. CÁ NHÂN").footer().xlsx();

        upload("ds.xlsx", XLSX, xlsx);

        String message = "Tệp không có dòng nào để nhập: trang \"Danh sách\" có dòng tiêu đề (dòng 7) nhưng bên dưới "
                + "không có dòng nào có số thứ tự và họ tên. Không có dữ liệu nào được lưu.";
        NotificationsKt.expectNotifications(message);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-summary")).getText()).isEqualTo(message);
        assertThat(_find(Grid.class, spec -> spec.withClasses("import-preview"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled()).isFalse();
        assertThat(awards.count()).isEqualTo(before);
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        expectMessage("ds.xlsx", Encrypted.xlsx(new RealListFixture().workbook.xlsx()),
                "Tệp Excel đang được đặt mật khẩu. Hãy gỡ mật khẩu rồi tải lên lại. Không có dữ liệu nào được lưu.");
    }

    private long awardsBefore() {
        return awards.count() - awards.countByDecision(decisions.findById(decisionId).orElseThrow());
    }

    private void expectMessage(String fileName, byte[] content, String message) {
        upload(fileName, XLSX, content);
        NotificationsKt.expectNotifications(message);
        NotificationsKt.clearNotifications();
    }

    private void upload(String fileName, String mime, byte[] content) {
        UploadKt._upload(_get(Upload.class), fileName, mime, content);
        MockVaadin.clientRoundtrip();
    }
}
