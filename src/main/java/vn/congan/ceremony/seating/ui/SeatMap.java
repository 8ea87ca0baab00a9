package vn.congan.ceremony.seating.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.congan.ceremony.seating.HallLayout;
import vn.congan.ceremony.seating.HallSection;
import vn.congan.ceremony.seating.SeatAssignment;
import vn.congan.ceremony.seating.SeatKey;
import vn.congan.ceremony.seating.SeatingMap;
import vn.congan.ceremony.seating.SeatingSeat;
import vn.congan.ceremony.seating.StageSteps;
import vn.congan.ceremony.seating.Zone;

/**
 * The hall as a grid of seat cells, the stage at the top as the organizer sees it from the
 * back of the hall: each cell shows the seat number, and the batch number of an awardee;
 * zone, occupied, blocked, pinned and out-of-order are CSS classes (seating block of the theme).
 */
public class SeatMap extends Div {

    private final Map<Long, NativeButton> cells = new HashMap<>();
    /** The seats as last read, by id: a click hands over the current one, not the one first drawn. */
    private final Map<Long, SeatingSeat> seats = new HashMap<>();
    private Long planId;
    private final Consumer<SeatingSeat> onClick;

    public SeatMap(Consumer<SeatingSeat> onClick) {
        this.onClick = onClick;
        addClassName("seat-map");
    }

    /**
     * Shows the plan. The same hall as shown before (same plan, same seats) is repainted in place:
     * only the cells whose zone, occupant or marks changed are sent to the browser, not the whole
     * hall of up to 5,000 seats again.
     */
    public void show(SeatingMap map) {
        if (sameHall(map)) {
            for (SeatingSeat seat : map.seats()) {
                seats.put(seat.getId(), seat);
                paint(cells.get(seat.getId()), map, seat);
            }
            return;
        }
        removeAll();
        cells.clear();
        seats.clear();
        planId = map.plan().getId();
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

    private boolean sameHall(SeatingMap map) {
        return planId != null && planId.equals(map.plan().getId()) && cells.size() == map.seats().size()
                && map.seats().stream().allMatch(seat -> cells.containsKey(seat.getId()));
    }

    private NativeButton cell(SeatingMap map, SeatingSeat seat) {
        NativeButton cell = new NativeButton(String.valueOf(seat.getSeatNumber()));
        cell.setId("seat-" + seat.label());
        cell.addClassName("seat");
        long id = seat.getId();
        cell.addClickListener(e -> onClick.accept(seats.get(id)));
        cells.put(id, cell);
        seats.put(id, seat);
        paint(cell, map, seat);
        return cell;
    }

    /**
     * Sets the cell's classes, batch number and tooltip from the map. Setting a class or an
     * attribute to what it already is sends nothing, so a repaint costs only what changed.
     */
    private void paint(NativeButton cell, SeatingMap map, SeatingSeat seat) {
        for (Zone zone : Zone.values()) {
            cell.setClassName("zone-" + zone.name().toLowerCase(Locale.ROOT), zone == seat.getZone());
        }
        cell.setClassName("seat-marked", false);
        StringBuilder title = new StringBuilder(seat.label());
        cell.setClassName("seat-blocked", seat.isBlocked());
        if (seat.isBlocked()) {
            title.append(" · ").append(getTranslation("seating.seat.blocked"));
        }
        Optional<SeatAssignment> occupant = map.occupant(seat);
        Integer batchNow = occupant.isPresent() ? map.batchOf(seat).orElse(null) : null;
        cell.setClassName("seat-taken", occupant.isPresent());
        cell.setClassName("seat-pinned", occupant.isPresent() && occupant.get().isPinned());
        occupant.ifPresent(a -> title.append(" · ").append(a.getOccupantName()));
        batchNumber(cell, batchNow);
        if (batchNow != null) {
            title.append(" · ").append(getTranslation("seating.batch", batchNow));
        }
        cell.setClassName("seat-out-of-order", map.outOfOrder(seat));
        boolean review = map.pinnedToReview(seat);
        cell.setClassName("seat-review", review);
        if (review) {
            title.append(" · ").append(getTranslation("seating.seat.review"));
        }
        cell.getElement().setAttribute("title", title.toString());
    }

    /** The awardee's batch number in the cell's corner, added, changed or removed. */
    private static void batchNumber(NativeButton cell, Integer batchNow) {
        Optional<Span> shown = cell.getChildren().filter(Span.class::isInstance).map(Span.class::cast).findFirst();
        if (batchNow == null) {
            shown.ifPresent(cell::remove);
        } else if (shown.isPresent()) {
            shown.get().setText(String.valueOf(batchNow));
        } else {
            Span batch = new Span(String.valueOf(batchNow));
            batch.addClassName("seat-batch");
            cell.add(batch);
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
