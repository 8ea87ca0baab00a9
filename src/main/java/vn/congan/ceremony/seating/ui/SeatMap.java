package vn.congan.ceremony.seating.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.congan.ceremony.seating.HallLayout;
import vn.congan.ceremony.seating.HallSection;
import vn.congan.ceremony.seating.SeatAssignment;
import vn.congan.ceremony.seating.SeatKey;
import vn.congan.ceremony.seating.SeatingMap;
import vn.congan.ceremony.seating.SeatingSeat;
import vn.congan.ceremony.seating.StageSteps;

/**
 * The hall as a grid of seat cells, the stage at the top as the organizer sees it from the
 * back of the hall: each cell shows the seat number, and the batch number of an awardee;
 * zone, occupied, blocked, pinned and out-of-order are CSS classes (seating block of the theme).
 */
public class SeatMap extends Div {

    private final Map<Long, NativeButton> cells = new HashMap<>();
    private final Consumer<SeatingSeat> onClick;

    public SeatMap(Consumer<SeatingSeat> onClick) {
        this.onClick = onClick;
        addClassName("seat-map");
    }

    public void show(SeatingMap map) {
        removeAll();
        cells.clear();
        HallLayout layout = map.layout();
        add(stage(layout));
        if (layout.sections().size() > 1) {
            add(sectionNames(layout));
        }
        Map<SeatKey, SeatingSeat> byKey = new HashMap<>();
        map.seats().forEach(s -> byKey.put(s.key(), s));
        for (int row = 0; row < layout.rowCount(); row++) {
            Div line = new Div();
            line.addClassName("seat-row");
            line.add(rowLabel(row));
            if (layout.sideAisles()) {
                line.add(aisle());
            }
            List<HallSection> sections = layout.sections();
            for (int s = 0; s < sections.size(); s++) {
                if (s > 0) {
                    line.add(aisle());
                }
                for (int i = 0; i < sections.get(s).seatsPerRow(); i++) {
                    SeatingSeat seat = byKey.get(new SeatKey(s, row, i));
                    line.add(seat == null ? gap() : cell(map, seat));
                }
            }
            if (layout.sideAisles()) {
                line.add(aisle());
            }
            line.add(rowLabel(row));
            add(line);
        }
    }

    /** Marks a cell (the anchor of a range, the seat selected or being moved). */
    public void mark(SeatingSeat seat, boolean marked) {
        NativeButton cell = seat == null ? null : cells.get(seat.getId());
        if (cell != null) {
            cell.setClassName("seat-marked", marked);
        }
    }

    /** The sections' names above row A, each as wide as its section, between the same aisles as the seats. */
    private static Div sectionNames(HallLayout layout) {
        Div line = new Div();
        line.addClassNames("seat-row", "seat-section-names");
        line.add(rowLabel(null));
        if (layout.sideAisles()) {
            line.add(aisle());
        }
        List<HallSection> sections = layout.sections();
        for (int s = 0; s < sections.size(); s++) {
            if (s > 0) {
                line.add(aisle());
            }
            int seats = sections.get(s).seatsPerRow();
            Span name = new Span(sections.get(s).name());
            name.addClassName("seat-section-name");
            name.getElement().setAttribute("title", sections.get(s).name());
            name.getStyle().set("width", "calc(" + seats + " * var(--seat-size) + " + (seats - 1) + " * var(--seat-gap))");
            line.add(name);
        }
        return line;
    }

    private Div stage(HallLayout layout) {
        Div stage = new Div();
        stage.addClassName("seat-stage");
        Span steps = new Span(getTranslation("seating.map.steps"));
        steps.addClassName("seat-steps");
        Span stepsRight = new Span(getTranslation("seating.map.steps"));
        stepsRight.addClassName("seat-steps");
        Span title = new Span(getTranslation("seating.map.stage"));
        title.addClassName("seat-stage-title");
        steps.setVisible(layout.steps() != StageSteps.RIGHT);
        stepsRight.setVisible(layout.steps() != StageSteps.LEFT);
        stage.add(steps, title, stepsRight);
        return stage;
    }

    private NativeButton cell(SeatingMap map, SeatingSeat seat) {
        NativeButton cell = new NativeButton(String.valueOf(seat.getSeatNumber()));
        cell.setId("seat-" + seat.label());
        cell.addClassNames("seat", "zone-" + seat.getZone().name().toLowerCase(Locale.ROOT));
        StringBuilder title = new StringBuilder(seat.label());
        if (seat.isBlocked()) {
            cell.addClassName("seat-blocked");
            title.append(" · ").append(getTranslation("seating.seat.blocked"));
        }
        map.occupant(seat).ifPresent(a -> decorate(cell, a, map.batchOf(seat).orElse(null), title));
        if (map.outOfOrder(seat)) {
            cell.addClassName("seat-out-of-order");
        }
        if (map.pinnedToReview(seat)) {
            cell.addClassName("seat-review");
            title.append(" · ").append(getTranslation("seating.seat.review"));
        }
        cell.getElement().setAttribute("title", title.toString());
        cell.addClickListener(e -> onClick.accept(seat));
        cells.put(seat.getId(), cell);
        return cell;
    }

    private void decorate(NativeButton cell, SeatAssignment a, Integer batchNow, StringBuilder title) {
        cell.addClassName("seat-taken");
        title.append(" · ").append(a.getOccupantName());
        if (batchNow != null) {
            Span batch = new Span(String.valueOf(batchNow));
            batch.addClassName("seat-batch");
            cell.add(batch);
            title.append(" · ").append(getTranslation("seating.batch", batchNow));
        }
        if (a.isPinned()) {
            cell.addClassName("seat-pinned");
        }
    }

    /** The row's label; {@code null} gives an empty one (for alignment). */
    private static Span rowLabel(Integer row) {
        Span label = new Span(row == null ? "" : HallLayout.rowLabel(row));
        label.addClassName("seat-row-label");
        return label;
    }

    private static Span aisle() {
        Span aisle = new Span();
        aisle.addClassName("seat-aisle");
        return aisle;
    }

    private static Span gap() {
        Span gap = new Span();
        gap.addClassName("seat-gap");
        return gap;
    }
}
