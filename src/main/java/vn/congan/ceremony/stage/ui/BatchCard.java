package vn.congan.ceremony.stage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageEntry;

/**
 * One batch of the stage order: a header with its number, form, presenter and batch
 * buttons, and a grid of its recipients with row buttons and drag and drop. The header is
 * dragged to reorder the batches (unless locked) and takes a dragged batch before it
 * (dropped on its upper half) or after it (lower half). It only calls back into
 * {@link StageOrderView}, which runs the service and reloads.
 */
class BatchCard extends Div {

    /**
     * Event data of a drop on the header: whether it landed on the header's lower half.
     * The free drag and drop API's drop event carries no position, so the header listens to
     * the DOM drop event as well and asks the browser this.
     */
    static final String DROP_BELOW =
            "event.clientY > element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2";

    private final StageOrderView view;
    private final StageBatch batch;
    final Grid<StageEntry> grid = new Grid<>();

    final HorizontalLayout header = new HorizontalLayout();

    BatchCard(StageOrderView view, StageBatch batch, boolean first, boolean last, int capacity) {
        this.view = view;
        this.batch = batch;
        addClassName("stage-batch");
        if (batch.locked()) {
            addClassName("stage-batch-locked");
        }
        if (batch.size() > capacity) {
            addClassName("stage-batch-over-capacity");
        }
        setId("batch-" + batch.number());
        add(header(first, last, capacity), configureGrid());
    }

    StageBatch batch() {
        return batch;
    }

    private Component header(boolean first, boolean last, int capacity) {
        H3 title = new H3(getTranslation("stage.batch.title", batch.number(), batch.formName(), batch.size(), capacity));
        title.addClassName("stage-batch-title");
        String presenter = batch.presenterRankAndName() == null ? getTranslation("stage.batch.noPresenter")
                : batch.onAuthorityOf() == null ? batch.presenterRankAndName()
                : getTranslation("stage.batch.presenterOnAuthority", batch.presenterRankAndName(), batch.onAuthorityOf());
        Span presenterText = new Span(getTranslation("stage.batch.presenter", presenter));
        presenterText.addClassName("stage-batch-presenter");
        boolean open = !batch.locked();
        HorizontalLayout buttons = new HorizontalLayout(
                button(VaadinIcon.ARROW_UP, "stage.batch.up", "batch-up", open && !first,
                        () -> view.moveBatch(batch, -1)),
                button(VaadinIcon.ARROW_DOWN, "stage.batch.down", "batch-down", open && !last,
                        () -> view.moveBatch(batch, 1)),
                button(batch.locked() ? VaadinIcon.LOCK : VaadinIcon.UNLOCK,
                        batch.locked() ? "stage.batch.unlock" : "stage.batch.lock", "batch-lock", true,
                        () -> view.toggleLock(batch)),
                button(VaadinIcon.USER, "stage.batch.setPresenter", "batch-presenter", open,
                        () -> view.editPresenter(batch)),
                button(VaadinIcon.COMPRESS, "stage.batch.mergeNext", "batch-merge", open && !last,
                        () -> view.mergeWithNext(batch)));
        buttons.setSpacing(false);
        header.add(title, presenterText, buttons);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        header.setWidthFull();
        header.addClassName("stage-batch-header");
        configureBatchDrag();
        return header;
    }

    /** The header as drag source (the batch) and drop target (before or after this batch). */
    private void configureBatchDrag() {
        DropTarget.configure(header, true);
        header.getElement().addEventListener("drop",
                e -> view.batchDropped(batch, e.getEventData().getBoolean(DROP_BELOW))).addEventData(DROP_BELOW);
        if (!batch.locked() && view.canEdit()) {
            DragSource<HorizontalLayout> source = DragSource.configure(header, true);
            source.addDragStartListener(e -> view.batchDragStarted(batch));
            source.addDragEndListener(e -> view.dragEnded());
            header.getElement().setAttribute("title", getTranslation("stage.batch.drag"));
        }
    }

    private Grid<StageEntry> configureGrid() {
        grid.addColumn(StageEntry::position).setHeader("#").setKey("position").setWidth("3em").setFlexGrow(0);
        grid.addColumn(StageEntry::label).setHeader(getTranslation("stage.col.recipient")).setKey("recipient")
                .setFlexGrow(3);
        grid.addColumn(e -> e.collective() ? "" : nullToEmpty(e.unitName())).setHeader(getTranslation("stage.col.unit"))
                .setKey("unit").setFlexGrow(2);
        grid.addColumn(e -> e.collective() ? nullToEmpty(e.representative()) : "")
                .setHeader(getTranslation("stage.col.representative")).setKey("representative").setFlexGrow(2);
        grid.addComponentColumn(this::rowButtons).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(batch.entries());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (!batch.locked()) {
            grid.setRowsDraggable(true);
            grid.setDropMode(GridDropMode.BETWEEN);
            grid.addDragStartListener(e -> view.dragStarted(e.getDraggedItems().get(0)));
            grid.addDragEndListener(e -> view.dragEnded());
            grid.addDropListener(e -> view.dropped(batch, e.getDropTargetItem().map(StageEntry::position).orElse(null),
                    e.getDropLocation() == GridDropLocation.BELOW));
        }
        return grid;
    }

    private Component rowButtons(StageEntry entry) {
        boolean open = !batch.locked();
        HorizontalLayout buttons = new HorizontalLayout(
                button(VaadinIcon.ARROW_UP, "stage.entry.up", "entry-up", open && entry.position() > 1,
                        () -> view.moveEntry(batch, entry, entry.position() - 1)),
                button(VaadinIcon.ARROW_DOWN, "stage.entry.down", "entry-down", open && entry.position() < batch.size(),
                        () -> view.moveEntry(batch, entry, entry.position() + 1)),
                button(VaadinIcon.ARROW_CIRCLE_UP_O, "stage.entry.previousBatch", "entry-previous", open,
                        () -> view.moveToNeighbour(entry, -1)),
                button(VaadinIcon.ARROW_CIRCLE_DOWN_O, "stage.entry.nextBatch", "entry-next", open,
                        () -> view.moveToNeighbour(entry, 1)),
                button(VaadinIcon.SCISSORS, "stage.entry.splitHere", "entry-split", open && entry.position() > 1,
                        () -> view.split(batch, entry)));
        if (entry.collective()) {
            buttons.add(button(VaadinIcon.USER_CHECK, "stage.entry.representative", "entry-representative", true,
                    () -> view.editRepresentative(entry)));
        }
        buttons.setSpacing(false);
        return buttons;
    }

    private Button button(VaadinIcon icon, String labelKey, String className, boolean enabled, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        String label = getTranslation(labelKey);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.addClassName(className);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        b.setEnabled(enabled && view.canEdit());
        return b;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
