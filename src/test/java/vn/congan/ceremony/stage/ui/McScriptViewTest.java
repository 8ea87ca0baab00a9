package vn.congan.ceremony.stage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.stage.McScript;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class McScriptViewTest extends AbstractViewTest {

    private static void editLine(McScriptView view, int row, String text) {
        Component cell = GridKt._getCellComponent(view.grid, row, "actions");
        ButtonKt._click(_get(cell, Button.class, spec -> spec.withClasses("script-edit")));
        if (text != null) {
            _get(TextArea.class, spec -> spec.withId("script-edit-text")).setValue(text);
        }
        ButtonKt._click(_get(Button.class, spec -> spec.withId("script-edit-save")));
    }

    private int indexOf(McScriptView view, String keyPrefix) {
        for (int i = 0; i < view.rows().size(); i++) {
            McScriptView.Row row = view.rows().get(i);
            if (row.line() != null && row.line().key().startsWith(keyPrefix)) {
                return i;
            }
        }
        throw new AssertionError("no line " + keyPrefix);
    }

    @Test
    void theOrganizerRewritesALineAndGetsTheGeneratedOneBack() {
        openAs(McScriptView.class, "organizer", Role.ORGANIZER);
        McScriptView view = _get(McScriptView.class);
        int row = indexOf(view, "delegate-");
        Component cell = GridKt._getCellComponent(view.grid, row, "actions");
        ButtonKt._click(_get(cell, Button.class, spec -> spec.withClasses("script-edit")));
        _get(TextArea.class, spec -> spec.withId("script-edit-text")).setValue("Xin giới thiệu Giám đốc.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("script-edit-save")));
        assertThat(view.rows().get(row).line().text()).isEqualTo("Xin giới thiệu Giám đốc.");
        assertThat(view.rows().get(row).line().overridden()).isTrue();

        cell = GridKt._getCellComponent(view.grid, row, "actions");
        ButtonKt._click(_get(cell, Button.class, spec -> spec.withClasses("script-edit")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("script-edit-reset")));
        assertThat(view.rows().get(row).line().overridden()).isFalse();
        assertThat(view.rows().get(row).line().text()).startsWith("Xin trân trọng giới thiệu đồng chí Đại tá Nguyễn Thế Hùng");
    }

    @Test
    void theMcReadsTheScriptAndDownloadsButCannotEdit() {
        openAs(McScriptView.class, "mc", Role.MC);
        McScriptView view = _get(McScriptView.class);
        assertThat(view.rows()).anyMatch(r -> r.heading() != null && r.heading().equals("7. 09:25 - Trao khen thưởng"));
        assertThat(_find(Button.class, spec -> spec.withClasses("script-edit"))).isEmpty();
        Component cell = GridKt._getCellComponent(view.grid, indexOf(view, "delegate-"), "actions");
        assertThat(_find(cell, Button.class)).isEmpty();
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("script-download"));
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("order-list-download"));
    }

    @Test
    void aNameIsShownWithItsNumberApartFromTheTextTheOrganizerRewrites() {
        openAs(McScriptView.class, "organizer", Role.ORGANIZER);
        McScriptView view = _get(McScriptView.class);
        int row = indexOf(view, "award-");
        McScript.Line line = view.rows().get(row).line();
        assertThat(line.kind()).isEqualTo(McScript.Kind.NAME);
        Component cell = GridKt._getCellComponent(view.grid, row, "text");
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("script-line-number")).getText()).isEqualTo("1. ");
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("script-line-text")).getText())
                .isEqualTo(line.text()).doesNotStartWith("1.");

        editLine(view, row, "Vắng mặt, đồng chí Hà nhận thay");
        cell = GridKt._getCellComponent(view.grid, row, "text");
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("script-line-number")).getText()).isEqualTo("1. ");
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("script-line-text")).getText())
                .isEqualTo("Vắng mặt, đồng chí Hà nhận thay");
    }
}
