package vn.congan.ceremony.stage.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The buttons of the stage order grid's rows, drawn by the browser from one template (a
 * {@link LitRenderer}): no server-side component per row, so a ceremony of thousands of
 * recipients costs what is on screen. A heading row has the batch buttons, a recipient row the
 * recipient buttons; each is a {@code vaadin-button} with its label as aria-label and tooltip,
 * reached with the keyboard like any grid cell content (Enter or F2 in the cell, then Tab).
 * Whether a button is enabled is a row property ({@code on<Name>}); a click calls the
 * function of the same name on the server, which goes back into {@link StageOrderView}.
 */
final class StageOrderActions {

    /** One button: its CSS class and function name, icon, label key and when it applies. */
    record Action(String name, String icon, String labelKey, boolean forHeading, Predicate<StageRow> enabled,
            Consumer<StageRow> run) {
    }

    private final StageOrderView view;
    private final List<Action> actions = new ArrayList<>();

    StageOrderActions(StageOrderView view) {
        this.view = view;
        // batch buttons (heading rows)
        add("batch-up", "vaadin:arrow-up", "stage.batch.up", true, r -> open(r) && !r.first(),
                r -> view.moveBatch(r.batch(), -1));
        add("batch-down", "vaadin:arrow-down", "stage.batch.down", true, r -> open(r) && !r.last(),
                r -> view.moveBatch(r.batch(), 1));
        add("batch-lock", null, null, true, r -> view.canEdit(), r -> view.toggleLock(r.batch()));
        add("batch-presenter", "vaadin:user", "stage.batch.setPresenter", true, this::open,
                r -> view.editPresenter(r.batch()));
        add("batch-merge", "vaadin:compress", "stage.batch.mergeNext", true, r -> open(r) && !r.last(),
                r -> view.mergeWithNext(r.batch()));
        // recipient buttons
        add("entry-up", "vaadin:arrow-up", "stage.entry.up", false, r -> open(r) && r.entry().position() > 1,
                r -> view.moveEntry(r.batch(), r.entry(), r.entry().position() - 1));
        add("entry-down", "vaadin:arrow-down", "stage.entry.down", false,
                r -> open(r) && r.entry().position() < r.batch().size(),
                r -> view.moveEntry(r.batch(), r.entry(), r.entry().position() + 1));
        add("entry-previous", "vaadin:arrow-circle-up-o", "stage.entry.previousBatch", false, this::open,
                r -> view.moveToNeighbour(r.entry(), -1));
        add("entry-next", "vaadin:arrow-circle-down-o", "stage.entry.nextBatch", false, this::open,
                r -> view.moveToNeighbour(r.entry(), 1));
        add("entry-split", "vaadin:scissors", "stage.entry.splitHere", false,
                r -> open(r) && r.entry().position() > 1, r -> view.split(r.batch(), r.entry()));
        add("entry-representative", "vaadin:user-check", "stage.entry.representative", false,
                r -> view.canEdit() && r.entry().collective(), r -> view.editRepresentative(r.entry()));
    }

    private void add(String name, String icon, String labelKey, boolean forHeading, Predicate<StageRow> enabled,
            Consumer<StageRow> run) {
        actions.add(new Action(name, icon, labelKey, forHeading, enabled, run));
    }

    private boolean open(StageRow row) {
        return view.canEdit() && !row.batch().locked();
    }

    List<Action> actions() {
        return actions;
    }

    /** Whether the button {@code name} is enabled on {@code row}, as the browser draws it. */
    boolean enabled(String name, StageRow row) {
        Action action = action(name);
        return action.forHeading() == row.heading() && action.enabled().test(row);
    }

    /** Runs the button {@code name} of {@code row} as its click does (when it is enabled). */
    void click(String name, StageRow row) {
        if (!enabled(name, row)) {
            throw new IllegalStateException(name + " is not enabled on this row");
        }
        action(name).run().accept(row);
    }

    private Action action(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The template of the buttons cell: a heading row draws the batch buttons, a recipient row
     * the recipient buttons (only the set of its kind is created in the browser, not both).
     */
    String template() {
        StringBuilder heading = new StringBuilder("<span class=\"stage-actions\">");
        StringBuilder entry = new StringBuilder("<span class=\"stage-actions\">");
        for (Action a : actions) {
            StringBuilder target = a.forHeading() ? heading : entry;
            String label = a.labelKey() == null ? "${item.lockLabel}" : attribute(view.getTranslation(a.labelKey()));
            String icon = a.icon() == null ? "${item.lockIcon}" : a.icon();
            // only a collective has a representative: the button is not drawn for a person
            boolean collectiveOnly = a.name().equals("entry-representative");
            target.append(collectiveOnly ? "${item.collective ? html`" : "").append("<vaadin-button class=\"")
                    .append(a.name()).append("\" theme=\"tertiary-inline small icon\" aria-label=\"").append(label)
                    .append("\" title=\"").append(label).append("\" ?disabled=${!item.on").append(js(a.name()))
                    .append("} @click=${").append(js(a.name())).append("}><vaadin-icon icon=\"").append(icon)
                    .append("\"></vaadin-icon></vaadin-button>").append(collectiveOnly ? "` : ''}" : "");
        }
        heading.append("</span>");
        entry.append("</span>");
        return "${item.heading ? html`" + heading + "` : html`" + entry + "`}";
    }

    LitRenderer<StageRow> renderer() {
        LitRenderer<StageRow> renderer = LitRenderer.<StageRow>of(template())
                .withProperty("heading", StageRow::heading)
                .withProperty("collective", r -> !r.heading() && r.entry().collective())
                .withProperty("lockLabel", r -> r.heading() ? view.getTranslation(
                        r.batch().locked() ? "stage.batch.unlock" : "stage.batch.lock") : "")
                .withProperty("lockIcon", r -> r.batch().locked() ? "vaadin:lock" : "vaadin:unlock");
        for (Action a : actions) {
            renderer.withProperty("on" + js(a.name()), r -> a.forHeading() == r.heading() && a.enabled().test(r));
            renderer.withFunction(js(a.name()), r -> {
                if (a.forHeading() == r.heading() && a.enabled().test(r)) {
                    a.run().accept(r);
                }
            });
        }
        return renderer;
    }

    /** A button name as a template identifier (alphanumeric): "batch-up" -> "batchUp". */
    static String js(String name) {
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return s.toString();
    }

    /** A text as template markup (attribute value or content): HTML escaped, and no Lit expression or end of template. */
    static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("$", "&#36;").replace("`", "&#96;");
    }
}
