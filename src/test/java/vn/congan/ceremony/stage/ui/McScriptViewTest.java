package vn.congan.ceremony.stage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.stage.McScript;
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageOrderEdits;
import vn.congan.ceremony.stage.StageOrderService;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class McScriptViewTest extends AbstractViewTest {

    @Autowired
    StageOrderService stage;
    @Autowired
    StageOrderEdits edits;
    @Autowired
    ConferenceService conferences;

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
        // the first delegate introduced: the People's Committee's Vice-Chairman (protocol order)
        assertThat(view.rows().get(row).line().text()).startsWith("Đồng chí Hoàng Minh Tuấn");
    }

    @Test
    void theMcReadsTheScriptAndDownloadsButCannotEdit() {
        openAs(McScriptView.class, "mc", Role.MC);
        McScriptView view = _get(McScriptView.class);
        assertThat(view.rows()).anyMatch(r -> r.heading() != null && r.heading().equals("7. 09:25 - Trao khen thưởng"));
        // the page, like the PDF, says when and where under its title
        assertThat(_get(Paragraph.class, spec -> spec.withId("script-time-and-place"))
                .getText()).isEqualTo("Thời gian: 07 giờ 30, ngày 20 tháng 11 năm 2020\nĐịa điểm: Hội trường Công an "
                        + "tỉnh Bình An");
        assertThat(view.rows()).filteredOn(r -> r.line() != null && r.line().key().startsWith("batch-"))
                .extracting(r -> r.line().text()).noneMatch(t -> t.contains("người nhận)"))
                .anyMatch(t -> t.endsWith("(3 tập thể, 5 cá nhân)"));
        assertThat(_find(Button.class, spec -> spec.withClasses("script-edit"))).isEmpty();
        Component cell = GridKt._getCellComponent(view.grid, indexOf(view, "delegate-"), "actions");
        assertThat(_find(cell, Button.class)).isEmpty();
        _get(Anchor.class, spec -> spec.withId("script-download"));
        _get(Anchor.class, spec -> spec.withId("order-list-download"));
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

    @Test
    void anOverrideWhoseGeneratedTextChangedIsMarkedAndCountedUntilSavedAgain() {
        openAs(McScriptView.class, "organizer", Role.ORGANIZER);
        McScriptView view = _get(McScriptView.class);
        StageBatch first = stage.plan(conferences.current().orElseThrow()).batches().get(0);
        int row = indexOf(view, "batch-" + first.id() + ".invite");
        String generatedThen = view.rows().get(row).line().text();
        editLine(view, row, "Xin mời đồng chí Giám đốc lên trao Bằng khen.");
        assertThat(view.reviewCount.isVisible()).isFalse();

        // another organizer takes the "thừa ủy quyền" wording off the batch; the page is opened again
        edits.setPresenter(first.id(), first.version(), first.presenterId(), null);
        view.reload();
        Span count = _get(Span.class, spec -> spec.withId("script-review-count"));
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("1 dòng sửa tay cần xem lại: lời dẫn tự động đã thay đổi từ khi sửa "
                + "(ví dụ cấp bậc hoặc người trao). Mở dòng, kiểm tra rồi lưu lại.");
        Component cell = GridKt._getCellComponent(view.grid, row, "text");
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("script-needs-review")).getText())
                .isEqualTo("cần xem lại");
        assertThat(view.rows().get(row).line().text()).isEqualTo("Xin mời đồng chí Giám đốc lên trao Bằng khen.");

        // the dialog shows what the generated line read then; saving it again marks it reviewed
        Component actions = GridKt._getCellComponent(view.grid, row, "actions");
        ButtonKt._click(_get(actions, Button.class, spec -> spec.withClasses("script-edit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("script-edit-generated-then")).getText())
                .isEqualTo("Lời dẫn tự động lúc sửa tay: " + generatedThen);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("script-edit-save")));
        assertThat(view.reviewCount.isVisible()).isFalse();
        assertThat(view.rows().get(row).line().overridden()).isTrue();
        assertThat(_find(GridKt._getCellComponent(view.grid, row, "text"), Span.class,
                spec -> spec.withClasses("script-needs-review"))).isEmpty();
    }

    @Test
    void aStageDirectionIsShownInParenthesesOnceEvenWhenTheOrganizerTypedThem() {
        openAs(McScriptView.class, "organizer", Role.ORGANIZER);
        McScriptView view = _get(McScriptView.class);
        int anthem = 0;
        while (view.rows().get(anthem).line() == null || !view.rows().get(anthem).line().key().endsWith(".anthem")) {
            anthem++;
        }
        Span shown = _get(GridKt._getCellComponent(view.grid, anthem, "text"), Span.class,
                spec -> spec.withClasses("script-line-text"));
        assertThat(shown.getText()).isEqualTo("(Quốc ca.)");
        editLine(view, anthem, "(Quốc ca, Quốc tế ca.)");
        shown = _get(GridKt._getCellComponent(view.grid, anthem, "text"), Span.class,
                spec -> spec.withClasses("script-line-text"));
        assertThat(shown.getText()).isEqualTo("(Quốc ca, Quốc tế ca.)");
    }
}
