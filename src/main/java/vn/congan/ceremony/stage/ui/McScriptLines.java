package vn.congan.ceremony.stage.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Consumer;
import vn.congan.ceremony.stage.McScript;
import vn.congan.ceremony.stage.McScript.Kind;

/**
 * The MC script grid's two cells, drawn by the browser from templates ({@link LitRenderer}): no
 * server-side component per row, so a script of thousands of lines costs what is on screen.
 * The text cell: a section heading, or a line styled by its kind (a batch heading in capitals,
 * a name indented after its number, a stage direction in parentheses and italics), with the
 * "sửa tay" and "cần xem lại" badges of a rewritten line. The actions cell: the edit button of
 * a line the user may rewrite; its click calls {@code edit} on the server.
 */
final class McScriptLines {

    private final McScriptView view;
    private final boolean canEdit;
    private final Consumer<McScript.Line> edit;

    McScriptLines(McScriptView view, boolean canEdit, Consumer<McScript.Line> edit) {
        this.view = view;
        this.canEdit = canEdit;
        this.edit = edit;
    }

    /** The text cell's template. */
    String textTemplate() {
        String overridden = badge("script-overridden", "contrast", "script.overridden");
        String review = badge("script-needs-review", "error", "script.review");
        String line = "<span class=\"script-line script-kind-${item.kind}\">${item.number ? html`<span "
                + "class=\"script-line-number\">${item.number}</span>` : ''}<span class=\"script-line-text\">"
                + "${item.text}</span></span>";
        return "${item.heading ? html`<span class=\"script-heading\">${item.heading}</span>`"
                + " : item.overridden ? html`<vaadin-horizontal-layout theme=\"spacing\">" + line + overridden
                + "${item.review ? html`" + review + "` : ''}</vaadin-horizontal-layout>`"
                + " : html`" + line + "`}";
    }

    /** The actions cell's template: the edit button, on the rows that have one. */
    String actionsTemplate() {
        String label = StageOrderActions.attribute(view.getTranslation("script.edit"));
        return "${item.editable ? html`<vaadin-button class=\"script-edit\" theme=\"tertiary-inline small icon\" "
                + "aria-label=\"" + label + "\" title=\"" + label + "\" @click=${edit}>"
                + "<vaadin-icon icon=\"vaadin:edit\"></vaadin-icon></vaadin-button>` : ''}";
    }

    private String badge(String className, String theme, String labelKey) {
        return "<span class=\"" + className + "\" theme=\"badge " + theme + " small\">"
                + StageOrderActions.attribute(view.getTranslation(labelKey)) + "</span>";
    }

    LitRenderer<McScriptView.Row> textRenderer() {
        return LitRenderer.<McScriptView.Row>of(textTemplate())
                .withProperty("heading", McScriptView.Row::heading)
                .withProperty("kind", r -> r.line() == null ? "" : r.line().kind().name().toLowerCase())
                .withProperty("number", r -> r.line() == null ? "" : r.line().numberPrefix())
                .withProperty("text", r -> r.line() == null ? "" : shownText(r.line()))
                .withProperty("overridden", r -> r.line() != null && r.line().overridden())
                .withProperty("review", r -> r.line() != null && r.line().needsReview());
    }

    LitRenderer<McScriptView.Row> actionsRenderer() {
        return LitRenderer.<McScriptView.Row>of(actionsTemplate())
                .withProperty("editable", this::editable)
                .withFunction("edit", this::click);
    }

    /** Whether the row has the edit button: a line that can be rewritten, for a user who may. */
    boolean editable(McScriptView.Row row) {
        return canEdit && row.line() != null && row.line().editable();
    }

    /** The edit button's click (refused for a row without the button, as the browser would never send it). */
    void click(McScriptView.Row row) {
        if (!editable(row)) {
            throw new IllegalStateException("no edit button on this row");
        }
        edit.accept(row.line());
    }

    /** A line's text as shown: a stage direction in parentheses, once (the organizer may have typed them). */
    static String shownText(McScript.Line line) {
        boolean inParentheses = line.text().startsWith("(") && line.text().endsWith(")");
        return line.kind() == Kind.NOTE && !inParentheses ? "(" + line.text() + ")" : line.text();
    }
}
