package vn.congan.ceremony.print.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.print.PrintDownloads;
import vn.congan.ceremony.print.PrinterProfile;
import vn.congan.ceremony.print.PrinterProfileService;
import vn.congan.ceremony.print.TemplatePaper;
import vn.congan.ceremony.print.certificate.PdfLines;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class PrinterProfilesViewTest extends AbstractViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    PrinterProfileService profiles;

    @Test
    void printStaffAddAPrinterAndDownloadItsCalibrationPage() {
        openAs(PrinterProfilesView.class, "print", Role.PRINT);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Tên máy in")), "Canon LBP 2900 - Văn phòng");
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch X mặt trước, khổ A4 (mm)")), 1.5);
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch Y mặt trước, khổ A4 (mm)")), -2.0);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Đã lưu máy in.");
        @SuppressWarnings("unchecked")
        Grid<PrinterProfile> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withClasses("calibration-download")));
        assertThat(PdfLines.text(pdf)).contains("TRANG HIỆU CHỈNH MÁY IN: Canon LBP 2900 - Văn phòng",
                "X = +1,5 mm, Y = −2,0 mm", "(148,5 ; 105) mm");
    }

    @Test
    void eachPaperSizeKeepsItsOwnOffsetsAndItsCalibrationPageUsesThem() {
        openAs(PrinterProfilesView.class, "print", Role.PRINT);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Tên máy in")), "Canon LBP 8780x");
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch X mặt trước, khổ A4 (mm)")), 1.5);
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch Y mặt trước, khổ A4 (mm)")), -2.0);
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch X mặt trước, khổ A3 (mm)")), 3.0);
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch Y mặt trước, khổ A3 (mm)")), 0.5);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));
        NotificationsKt.expectNotifications("Đã lưu máy in.");

        PrinterProfile saved = profiles.findAll().stream().filter(p -> p.getName().equals("Canon LBP 8780x"))
                .findFirst().orElseThrow();
        assertThat(saved.offset().frontX()).isEqualTo(1.5);
        assertThat(saved.a3Offset().frontX()).isEqualTo(3.0);
        assertThat(saved.a3Offset().frontY()).isEqualTo(0.5);
        @SuppressWarnings("unchecked")
        Grid<PrinterProfile> grid = _get(Grid.class);
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).getName().equals("Canon LBP 8780x")).findFirst().orElseThrow();
        // no-break spaces inside each coordinate: a narrow column wraps only between X and Y
        assertThat(GridKt._getFormattedRow(grid, row)).contains("X\u00A0+1.5 / Y\u00A0-2.0\u00A0mm",
                "X\u00A0+3.0 / Y\u00A0+0.5\u00A0mm");

        Anchor calibration = _get(Anchor.class, spec -> spec.withClasses("calibration-download"));
        byte[] a4 = DownloadKt._download(calibration);
        assertThat(PdfLines.text(a4)).contains("Khổ giấy 297 x 210 mm", "X = +1,5 mm, Y = −2,0 mm", "(148,5 ; 105) mm");
        @SuppressWarnings("unchecked")
        Select<TemplatePaper> paper =
                _get(Select.class, spec -> spec.withLabel("Khổ giấy hiệu chỉnh"));
        HasValueUtilsKt._setValue(paper, TemplatePaper.A3);
        byte[] a3 = DownloadKt._download(calibration);
        assertThat(PdfLines.text(a3)).contains("Khổ giấy 420 x 297 mm", "X = +3,0 mm, Y = +0,5 mm", "(210 ; 148,5) mm");
        assertThat(PrintDownloads.pageSizesMm(a3)).containsExactly("420x297");

        // reopened, the form shows both sizes' values
        GridKt._select(grid, GridKt._get(grid, row));
        assertThat(_get(NumberField.class, spec -> spec.withLabel("Lệch X mặt trước, khổ A3 (mm)")).getValue())
                .isEqualTo(3.0);
        assertThat(_get(NumberField.class, spec -> spec.withLabel("Lệch X mặt trước, khổ A4 (mm)")).getValue())
                .isEqualTo(1.5);
    }

    @Test
    void anA3OffsetBeyondThirtyMillimetresIsRefusedToo() {
        openAs(PrinterProfilesView.class, "print", Role.PRINT);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Tên máy in")), "Máy lỗi A3");
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch Y mặt trước, khổ A3 (mm)")), -31.0);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Độ lệch không được quá 30 mm.");
        assertThat(profiles.findAll()).noneMatch(p -> p.getName().equals("Máy lỗi A3"));
    }

    @Test
    void anOffsetBeyondThirtyMillimetresIsAMeasuringMistake() {
        openAs(PrinterProfilesView.class, "print", Role.PRINT);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Tên máy in")), "Máy lỗi");
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch X mặt trước, khổ A4 (mm)")), 45.0);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Độ lệch không được quá 30 mm.");
    }
}
