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
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.print.PrinterProfile;
import vn.congan.ceremony.print.certificate.PdfLines;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class PrinterProfilesViewTest extends AbstractViewTest {

    @Test
    void printStaffAddAPrinterAndDownloadItsCalibrationPage() {
        openAs(PrinterProfilesView.class, "print", Role.PRINT);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Tên máy in")), "Canon LBP 2900 - Văn phòng");
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch X mặt trước (mm)")), 1.5);
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch Y mặt trước (mm)")), -2.0);
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
    void anOffsetBeyondThirtyMillimetresIsAMeasuringMistake() {
        openAs(PrinterProfilesView.class, "print", Role.PRINT);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Tên máy in")), "Máy lỗi");
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withLabel("Lệch X mặt trước (mm)")), 45.0);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu")));

        NotificationsKt.expectNotifications("Độ lệch không được quá 30 mm.");
    }
}
