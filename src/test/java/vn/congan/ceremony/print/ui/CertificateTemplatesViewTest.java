package vn.congan.ceremony.print.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.print.CertificateTemplate;
import vn.congan.ceremony.print.CertificateTemplateService;
import vn.congan.ceremony.print.TemplateField;
import vn.congan.ceremony.print.certificate.FieldKey;
import vn.congan.ceremony.print.certificate.PdfLines;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class CertificateTemplatesViewTest extends AbstractViewTest {

    @Autowired
    CertificateTemplateService templates;

    @Test
    void theOrganizerMovesABoxByMillimetresAndSavesIt() {
        openAs(CertificateTemplatesView.class, "organizer", Role.ORGANIZER);
        Grid<CertificateTemplate> list = grid(0);
        assertThat(GridKt._size(list)).isEqualTo(4);
        GridKt._select(list, GridKt._get(list, 3));

        Grid<TemplateField> fields = grid(1);
        TemplateField register = GridKt._get(fields, FieldKey.REGISTER.ordinal());
        assertThat(register.getKey()).isEqualTo(FieldKey.REGISTER);
        GridKt._select(fields, register);
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("x (mm)")), 31.5);
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Cỡ chữ (pt)")), 13.0);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Đã lưu mẫu.");
        CertificateTemplate saved = templates.findAll().stream()
                .filter(t -> t.getName().equals("Giấy khen A4 - in trên phôi")).findFirst().orElseThrow();
        assertThat(saved.field(FieldKey.REGISTER).getX()).isEqualTo(31.5);
        assertThat(saved.field(FieldKey.REGISTER).getSize()).isEqualTo(13.0);
    }

    @Test
    void thePreviewIsTheSameRendererFilledWithTheFormsFirstAward() {
        openAs(CertificateTemplatesView.class, "print", Role.PRINT);
        Grid<CertificateTemplate> list = grid(0);
        GridKt._select(list, GridKt._get(list, 2));

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Xem trước")));

        byte[] pdf = DownloadKt.downloadResource(_get(IFrame.class).getSrc());
        assertThat(PdfLines.text(pdf)).contains("GIẤY KHEN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Văn phòng Công an tỉnh", "Đại tá Nguyễn Thế Hùng");
    }

    @Test
    void aNewTemplateStartsFromTheDefaultDesignOnTheFormsPaper() {
        openAs(CertificateTemplatesView.class, "organizer", Role.ORGANIZER);
        @SuppressWarnings("unchecked")
        ComboBox<AwardForm> form = _get(ComboBox.class, spec -> spec.withLabel("Hình thức khen thưởng"));
        AwardForm huanChuong = templates.forms().get(0);
        HasValueUtilsKt._setValue(form, huanChuong);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Tạo mẫu mới")));
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        assertThat(GridKt._size(grid(0))).isEqualTo(5);
        CertificateTemplate created = templates.findAll().get(0);
        assertThat(created.getName()).isEqualTo("Huân chương A3 - in toàn bộ");
        assertThat(created.getWidthMm()).isEqualTo(420);
        assertThat(created.getHeightMm()).isEqualTo(297);
    }

    @Test
    void aBoxOffTheSheetIsRefused() {
        openAs(CertificateTemplatesView.class, "organizer", Role.ORGANIZER);
        Grid<CertificateTemplate> list = grid(0);
        GridKt._select(list, GridKt._get(list, 2));
        Grid<TemplateField> fields = grid(1);
        GridKt._select(fields, GridKt._get(fields, FieldKey.RECIPIENT.ordinal()));
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("x (mm)")), 200.0);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Ô \"Người, đơn vị nhận\" nằm ngoài tờ giấy.");
    }

    @Test
    void aFontSizeOfZeroIsRefusedWithAMessageAndNothingIsSaved() {
        openAs(CertificateTemplatesView.class, "organizer", Role.ORGANIZER);
        Grid<CertificateTemplate> list = grid(0);
        GridKt._select(list, GridKt._get(list, 2));
        Grid<TemplateField> fields = grid(1);
        GridKt._select(fields, GridKt._get(fields, FieldKey.RECIPIENT.ordinal()));
        NumberField size = _get(NumberField.class, spec -> spec.withLabel("Cỡ chữ (pt)"));
        HasValueUtilsKt._setValue(size, 0.0);

        assertThat(size.isInvalid()).isTrue();
        assertThat(size.getErrorMessage()).isEqualTo("Phải từ 4 đến 200.");
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Ô \"Người, đơn vị nhận\" - Cỡ chữ (pt): Phải từ 4 đến 200. "
                + "Hãy sửa lại, mẫu chưa được lưu.");
        assertThat(stored("Giấy khen A4 - in toàn bộ").field(FieldKey.RECIPIENT).getSize()).isEqualTo(21.0);
    }

    @Test
    void aSmallestSizeAboveTheSizeOrABoxWithNoWidthIsRefused() {
        openAs(CertificateTemplatesView.class, "organizer", Role.ORGANIZER);
        Grid<CertificateTemplate> list = grid(0);
        GridKt._select(list, GridKt._get(list, 2));
        Grid<TemplateField> fields = grid(1);
        GridKt._select(fields, GridKt._get(fields, FieldKey.ACHIEVEMENT.ordinal()));
        NumberField minSize = _get(NumberField.class, spec -> spec.withLabel("Cỡ chữ nhỏ nhất (pt)"));
        HasValueUtilsKt._setValue(minSize, 16.0);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));
        NotificationsKt.expectNotifications("Ô \"Thành tích\" - Cỡ chữ nhỏ nhất (pt): Không được lớn hơn cỡ chữ "
                + "của ô (15 pt). Hãy sửa lại, mẫu chưa được lưu.");

        // raising the size makes the same smallest size right, and it is saved with it
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Cỡ chữ (pt)")), 18.0);
        assertThat(minSize.isInvalid()).isFalse();
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Rộng (mm)")), 0.0);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));
        NotificationsKt.expectNotifications("Ô \"Thành tích\" - Rộng (mm): Phải lớn hơn 0. "
                + "Hãy sửa lại, mẫu chưa được lưu.");
        assertThat(stored("Giấy khen A4 - in toàn bộ").field(FieldKey.ACHIEVEMENT).getMinSize()).isEqualTo(10.0);

        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Rộng (mm)")), 227.0);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));
        NotificationsKt.expectNotifications("Đã lưu mẫu.");
        TemplateField saved = stored("Giấy khen A4 - in toàn bộ").field(FieldKey.ACHIEVEMENT);
        assertThat(saved.getSize()).isEqualTo(18.0);
        assertThat(saved.getMinSize()).isEqualTo(16.0);
    }

    @Test
    void everyBoxOfTheDefaultDesignsPassesTheEditorsChecks() {
        openAs(CertificateTemplatesView.class, "organizer", Role.ORGANIZER);
        Grid<CertificateTemplate> list = grid(0);
        for (int template : new int[] {0, 3}) {
            GridKt._select(list, GridKt._get(list, template));
            Grid<TemplateField> fields = grid(1);
            for (int row = 0; row < GridKt._size(fields); row++) {
                GridKt._select(fields, GridKt._get(fields, row));
                ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));
                NotificationsKt.expectNotifications("Đã lưu mẫu.");
            }
        }
    }

    @Test
    void theSheetsNamePlaceAndDefaultAreSavedAsTyped() {
        openTemplate(2);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Tên mẫu")), "  Giấy khen A4 - bản mới ");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Địa danh ghi ngày tháng")), "Phước Long");
        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withLabel("Mẫu mặc định")), false);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Đã lưu mẫu.");
        CertificateTemplate saved = stored("Giấy khen A4 - bản mới");
        assertThat(saved.getPlaceName()).isEqualTo("Phước Long");
        assertThat(saved.isDefaultTemplate()).isFalse();
    }

    @Test
    void aTemplateWithoutANameIsRefusedAtTheFieldAndNothingIsSaved() {
        openTemplate(2);
        TextField name = _get(TextField.class, spec -> spec.withLabel("Tên mẫu"));
        HasValueUtilsKt._setValue(name, "");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Địa danh ghi ngày tháng")), "Phước Long");
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Tên mẫu: Mẫu cần có tên. Hãy sửa lại, mẫu chưa được lưu.");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Mẫu cần có tên.");
        assertThat(stored("Giấy khen A4 - in toàn bộ").getPlaceName()).isNull();

        // once named, the same edit saves
        HasValueUtilsKt._setValue(name, "Giấy khen A4 - in toàn bộ");
        assertThat(name.isInvalid()).isFalse();
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));
        NotificationsKt.expectNotifications("Đã lưu mẫu.");
        assertThat(stored("Giấy khen A4 - in toàn bộ").getPlaceName()).isEqualTo("Phước Long");
    }

    @Test
    void aNameLongerThanTheTableHoldsIsRefusedWithAMessage() {
        openTemplate(2);
        TextField name = _get(TextField.class, spec -> spec.withLabel("Tên mẫu"));
        HasValueUtilsKt._setValue(name, "Giấy khen ".repeat(21));
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Tên mẫu: Tên mẫu dài tối đa 200 ký tự. Hãy sửa lại, mẫu chưa được lưu.");
        assertThat(name.getErrorMessage()).isEqualTo("Tên mẫu dài tối đa 200 ký tự.");
        assertThat(templates.findAll()).extracting(CertificateTemplate::getName)
                .doesNotContain("Giấy khen ".repeat(21).strip());
    }

    /** The organizer opens the page and picks the template of that row. */
    private void openTemplate(int row) {
        openAs(CertificateTemplatesView.class, "organizer", Role.ORGANIZER);
        Grid<CertificateTemplate> list = grid(0);
        GridKt._select(list, GridKt._get(list, row));
    }

    private CertificateTemplate stored(String name) {
        return templates.findAll().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(int index) {
        List<Grid> grids = _find(Grid.class);
        return (Grid<T>) grids.get(index);
    }
}
