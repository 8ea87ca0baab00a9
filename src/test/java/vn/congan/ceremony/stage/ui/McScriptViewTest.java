package vn.congan.ceremony.stage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
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

    /** Clicks the row's edit button, as the browser does: the template's button calls {@code edit}. */
    private static void clickEdit(McScriptView view, int row) {
        assertThat(view.lines.actionsTemplate()).contains("class=\"script-edit\"", "@click=${edit}");
        assertThat(shown(view, row, "actions", "editable")).isEqualTo(true);
        view.lines.click(view.rows().get(row));
    }

    private static void editLine(McScriptView view, int row, String text) {
        clickEdit(view, row);
        if (text != null) {
            _get(TextArea.class, spec -> spec.withId("script-edit-text")).setValue(text);
        }
        ButtonKt._click(_get(Button.class, spec -> spec.withId("script-edit-save")));
    }

    /** The value of a row's template property in a column (what the browser draws the cell from). */
    @SuppressWarnings("unchecked")
    private static Object shown(McScriptView view, int row, String column, String property) {
        LitRenderer<McScriptView.Row> renderer = (LitRenderer<McScriptView.Row>) view.grid.getColumnByKey(column)
                .getRenderer();
        return renderer.getValueProviders().get(property).apply(view.rows().get(row));
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
        // a section heading and a batch heading have no edit button; the lines have
        assertThat(shown(view, 0, "text", "heading")).isEqualTo(view.rows().get(0).heading()).asString()
                .startsWith("1. ");
        assertThat(shown(view, 0, "actions", "editable")).isEqualTo(false);
        int batch = indexOf(view, "batch-");
        while (view.rows().get(batch).line().kind() != McScript.Kind.BATCH) {
            batch++;
        }
        assertThat(shown(view, batch, "text", "kind")).isEqualTo("batch");
        assertThat(shown(view, batch, "actions", "editable")).isEqualTo(false);
        int row = indexOf(view, "delegate-");
        clickEdit(view, row);
        _get(TextArea.class, spec -> spec.withId("script-edit-text")).setValue("Xin giới thiệu Giám đốc.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("script-edit-save")));
        assertThat(view.rows().get(row).line().text()).isEqualTo("Xin giới thiệu Giám đốc.");
        assertThat(view.rows().get(row).line().overridden()).isTrue();
        assertThat(shown(view, row, "text", "text")).isEqualTo("Xin giới thiệu Giám đốc.");
        assertThat(shown(view, row, "text", "overridden")).isEqualTo(true);

        clickEdit(view, row);
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
        // no row draws the edit button, and a click could not edit
        for (int row = 0; row < view.rows().size(); row++) {
            assertThat(shown(view, row, "actions", "editable")).isEqualTo(false);
        }
        McScriptView.Row delegate = view.rows().get(indexOf(view, "delegate-"));
        assertThatThrownBy(() -> view.lines.click(delegate)).isInstanceOf(IllegalStateException.class);
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
        assertThat(view.lines.textTemplate()).contains("<span class=\"script-line-number\">${item.number}</span>",
                "<span class=\"script-line-text\">${item.text}</span>", "script-kind-${item.kind}");
        assertThat(shown(view, row, "text", "kind")).isEqualTo("name");
        assertThat(shown(view, row, "text", "number")).isEqualTo("1. ");
        assertThat((String) shown(view, row, "text", "text")).isEqualTo(line.text()).doesNotStartWith("1.");

        editLine(view, row, "Vắng mặt, đồng chí Hà nhận thay");
        assertThat(shown(view, row, "text", "number")).isEqualTo("1. ");
        assertThat(shown(view, row, "text", "text")).isEqualTo("Vắng mặt, đồng chí Hà nhận thay");
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
        assertThat(view.lines.textTemplate()).contains(
                "${item.review ? html`<span class=\"script-needs-review\" theme=\"badge error small\">cần xem lại</span>`");
        assertThat(shown(view, row, "text", "review")).isEqualTo(true);
        assertThat(view.rows().get(row).line().text()).isEqualTo("Xin mời đồng chí Giám đốc lên trao Bằng khen.");

        // the dialog shows what the generated line read then; saving it again marks it reviewed
        clickEdit(view, row);
        assertThat(_get(Paragraph.class, spec -> spec.withId("script-edit-generated-then")).getText())
                .isEqualTo("Lời dẫn tự động lúc sửa tay: " + generatedThen);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("script-edit-save")));
        assertThat(view.reviewCount.isVisible()).isFalse();
        assertThat(view.rows().get(row).line().overridden()).isTrue();
        assertThat(shown(view, row, "text", "review")).isEqualTo(false);
        assertThat(shown(view, row, "text", "overridden")).isEqualTo(true);
    }

    @Test
    void aStageDirectionIsShownInParenthesesOnceEvenWhenTheOrganizerTypedThem() {
        openAs(McScriptView.class, "organizer", Role.ORGANIZER);
        McScriptView view = _get(McScriptView.class);
        int anthem = 0;
        while (view.rows().get(anthem).line() == null || !view.rows().get(anthem).line().key().endsWith(".anthem")) {
            anthem++;
        }
        assertThat(shown(view, anthem, "text", "kind")).isEqualTo("note");
        assertThat(shown(view, anthem, "text", "text")).isEqualTo("(Quốc ca.)");
        editLine(view, anthem, "(Quốc ca, Quốc tế ca.)");
        assertThat(shown(view, anthem, "text", "text")).isEqualTo("(Quốc ca, Quốc tế ca.)");
    }
}
