package vn.congan.ceremony.conference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.congan.ceremony.conference.Reordering;

/**
 * Reordering rows of a planning grid two ways: up/down buttons in each row (reliable on
 * tablets) and drag and drop of rows. Both only call back; the service does the moving.
 */
final class ReorderColumn<T> {

    /** What a drop asks for: move {@code moved} to index {@code to}. */
    interface MoveTo<T> {
        void move(T moved, int to);
    }

    static final String KEY = "reorder";

    private final Supplier<List<T>> rows;
    private final MoveTo<T> moveTo;
    private T dragged;

    private ReorderColumn(Supplier<List<T>> rows, MoveTo<T> moveTo) {
        this.rows = rows;
        this.moveTo = moveTo;
    }

    /**
     * Adds the buttons column and drag and drop when {@code enabled} (the user may change the
     * order); a reader sees neither, not even disabled. {@code rows} gives the rows in the order
     * shown.
     */
    static <T> ReorderColumn<T> install(Grid<T> grid, Supplier<List<T>> rows, boolean enabled, String upLabel,
            String downLabel, Consumer<T> up, Consumer<T> down, MoveTo<T> moveTo) {
        ReorderColumn<T> column = new ReorderColumn<>(rows, moveTo);
        if (!enabled) {
            return column;
        }
        grid.addComponentColumn(row -> {
            Button upButton = new Button(VaadinIcon.ARROW_UP.create(), e -> up.accept(row));
            Button downButton = new Button(VaadinIcon.ARROW_DOWN.create(), e -> down.accept(row));
            List<T> all = rows.get();
            upButton.setEnabled(all.indexOf(row) > 0);
            downButton.setEnabled(all.indexOf(row) < all.size() - 1);
            upButton.setAriaLabel(upLabel);
            upButton.setTooltipText(upLabel);
            downButton.setAriaLabel(downLabel);
            downButton.setTooltipText(downLabel);
            for (Button b : List.of(upButton, downButton)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                b.addClassName("reorder-button");
            }
            HorizontalLayout buttons = new HorizontalLayout(upButton, downButton);
            buttons.setSpacing(false);
            return buttons;
        }).setKey(KEY).setHeader("").setAutoWidth(true).setFlexGrow(0);
        // a grid sorted by a column shows another order than the stored one: no moving then
        grid.addSortListener(e -> {
            boolean sorted = !e.getSortOrder().isEmpty();
            grid.getColumnByKey(KEY).setVisible(!sorted);
            grid.setRowsDraggable(!sorted);
        });
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> column.dragged = e.getDraggedItems().isEmpty() ? null
                : e.getDraggedItems().get(0));
        grid.addDragEndListener(e -> column.dragged = null);
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (column.dragged != null) {
                column.drop(column.dragged, target, e.getDropLocation() == GridDropLocation.BELOW);
            }
        }));
        return column;
    }

    /** The drop of {@code moved} above or below {@code target}, as the drop listener does it. */
    void drop(T moved, T target, boolean below) {
        List<T> all = rows.get();
        int from = all.indexOf(moved);
        int targetIndex = all.indexOf(target);
        if (from < 0 || targetIndex < 0) {
            return;
        }
        int to = Reordering.dropIndex(from, targetIndex, below);
        if (to != from) {
            moveTo.move(moved, to);
        }
    }
}
