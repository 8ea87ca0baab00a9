package vn.congan.ceremony.seating.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.congan.ceremony.common.text.Html;
import vn.congan.ceremony.seating.HallLayout;
import vn.congan.ceremony.seating.HallSection;
import vn.congan.ceremony.seating.SeatAssignment;
import vn.congan.ceremony.seating.SeatKey;
import vn.congan.ceremony.seating.SeatingMap;
import vn.congan.ceremony.seating.SeatingSeat;
import vn.congan.ceremony.seating.StageSteps;
import vn.congan.ceremony.seating.Zone;

/**
 * The hall as rows of seat cells, the stage at the top as the organizer sees it from the back of
 * the hall: each cell shows the seat number, and the batch number of an awardee; zone, occupied,
 * blocked, pinned and out-of-order are CSS classes (seating block of the theme), the tooltip names
 * the seat, its occupant and batch.
 *
 * <p>A hall has up to 5,000 seats, so the seats are not components: the rows are plain HTML
 * ({@link #html()}: a native {@code <button>} per seat, focusable, Enter and Space click it)
 * drawn by the browser in one go, and one click listener on the map reads the clicked seat's
 * {@code data-seat} id from the event. After a change only the cells whose classes, tooltip or
 * text changed are patched in the browser; the stage and the sections' names are components.
 */
public class SeatMap extends Div {

    /** The event data of a click: the id of the seat clicked (or of the seat around the element clicked). */
    public static final String CLICKED_SEAT = "event.target.closest('[data-seat]')?.dataset.seat";
    /** The filter of the click listener: only a click on a seat goes to the server. */
    public static final String ON_A_SEAT = "event.target.closest('[data-seat]') != null";

    /** Patches the changed cells in place (the button stays, so does the keyboard focus on it). */
    private static final String PATCH = """
            for (const [id, cls, title, inner] of $0) {
              const seat = this.querySelector('[data-seat="' + id + '"]');
              if (seat) { seat.className = cls; seat.title = title; seat.innerHTML = inner; }
            }""";

    /** The seat rows, drawn in the browser from {@link #html()}; no server-side children. */
    private final Element rows = new Element("div");
    /** Each seat's cell as shown, by seat id, in hall order. */
    private final Map<Long, Cell> cells = new LinkedHashMap<>();
    /** The seats as last read, by id: a click hands over the current one, not the one first drawn. */
    private final Map<Long, SeatingSeat> seats = new HashMap<>();
    /** The hall's rows, each its items from wall to wall: a seat's id, or null for a place without a seat. */
    private final Map<Integer, List<Long>> hall = new LinkedHashMap<>();
    private final Set<Long> changed = new LinkedHashSet<>();
    private boolean redraw;
    private boolean flushScheduled;
    private HallLayout layout;
    private Long planId;
    private final Consumer<SeatingSeat> onClick;

    public SeatMap(Consumer<SeatingSeat> onClick) {
        this.onClick = onClick;
        addClassName("seat-map");
        rows.getClassList().add("seat-rows");
        getElement().addEventListener("click", this::clicked).addEventData(CLICKED_SEAT).setFilter(ON_A_SEAT);
    }

    /**
     * Shows the plan. The same hall as shown before (same plan, same seats) is repainted in place:
     * only the cells whose zone, occupant or marks changed are sent to the browser, not the whole
     * hall of up to 5,000 seats again.
     */
    public void show(SeatingMap map) {
        Labels labels = new Labels();
        if (sameHall(map)) {
            for (SeatingSeat seat : map.seats()) {
                seats.put(seat.getId(), seat);
                paint(seat.getId(), cell(map, seat, labels));
            }
            return;
        }
        removeAll();
        cells.clear();
        seats.clear();
        hall.clear();
        changed.clear();
        planId = map.plan().getId();
        layout = map.layout();
        add(stage(layout));
        if (layout.sections().size() > 1) {
            add(sectionNames(layout));
        }
        getElement().appendChild(rows); // after the stage and the names
        Map<SeatKey, SeatingSeat> byKey = new HashMap<>();
        map.seats().forEach(s -> byKey.put(s.key(), s));
        for (int row = 0; row < layout.rowCount(); row++) {
            List<Long> line = new ArrayList<>();
            List<HallSection> sections = layout.sections();
            for (int s = 0; s < sections.size(); s++) {
                for (int i = 0; i < sections.get(s).seatsPerRow(); i++) {
                    SeatingSeat seat = byKey.get(new SeatKey(s, row, i));
                    line.add(seat == null ? null : seat.getId());
                    if (seat != null) {
                        seats.put(seat.getId(), seat);
                        cells.put(seat.getId(), cell(map, seat, labels));
                    }
                }
            }
            hall.put(row, line);
        }
        redraw = true;
        scheduleFlush();
    }

    /** Marks a cell (the anchor of a range, the seat selected or being moved). */
    public void mark(SeatingSeat seat, boolean marked) {
        Cell cell = seat == null ? null : cells.get(seat.getId());
        if (cell != null) {
            paint(seat.getId(), cell.marked(marked));
        }
    }

    /**
     * The seat rows as the browser draws them: per row a {@code div.seat-row} with the row's
     * label at both ends, the aisles, a gap where a shorter section has no seat, and a
     * {@code button.seat} per seat ({@code id="seat-C19"}, {@code data-seat} its id, the tooltip
     * as {@code title}). Texts are escaped. Attribute values are in single quotes: the HTML goes to
     * the browser inside a JSON string, where each double quote would cost an escape, and a hall
     * has thousands of seats with four attributes each. The buttons have no {@code type}: the map
     * is in no form.
     */
    public String html() {
        StringBuilder out = new StringBuilder(cells.size() * 160);
        List<HallSection> sections = layout == null ? List.of() : layout.sections();
        for (Map.Entry<Integer, List<Long>> row : hall.entrySet()) {
            String label = HallLayout.rowLabel(row.getKey());
            out.append("<div class='seat-row'><span class='seat-row-label'>").append(label).append("</span>");
            if (layout.sideAisles()) {
                out.append(AISLE);
            }
            int place = 0;
            for (int s = 0; s < sections.size(); s++) {
                if (s > 0) {
                    out.append(AISLE);
                }
                for (int i = 0; i < sections.get(s).seatsPerRow(); i++) {
                    Long id = row.getValue().get(place++);
                    if (id == null) {
                        out.append("<span class='seat-gap'></span>");
                    } else {
                        cells.get(id).appendTo(out, id);
                    }
                }
            }
            if (layout.sideAisles()) {
                out.append(AISLE);
            }
            out.append("<span class='seat-row-label'>").append(label).append("</span></div>");
        }
        return out.toString();
    }

    private static final String AISLE = "<span class='seat-aisle'></span>";

    private void clicked(DomEvent event) {
        String id = event.getEventData().hasKey(CLICKED_SEAT) ? event.getEventData().getString(CLICKED_SEAT) : null;
        SeatingSeat seat = null;
        try {
            seat = id == null ? null : seats.get(Long.valueOf(id));
        } catch (NumberFormatException notASeat) {
            // not one of the map's seats: nothing to do
        }
        if (seat != null) {
            onClick.accept(seat);
        }
    }

    /** The sections' names above row A, each as wide as its section, between the same aisles as the seats. */
    private static Div sectionNames(HallLayout layout) {
        Div line = new Div();
        line.addClassNames("seat-row", "seat-section-names");
        line.add(rowLabel());
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

    /**
     * The texts of the tooltips, each translated once per drawing: a hall has thousands of seats
     * and a few hundred batches, and each translation with a parameter parses its pattern again.
     */
    private final class Labels {
        private final String blocked = getTranslation("seating.seat.blocked");
        private final String review = getTranslation("seating.seat.review");
        private final Map<Integer, String> batches = new HashMap<>();

        String batch(int number) {
            return batches.computeIfAbsent(number, n -> getTranslation("seating.batch", n));
        }
    }

    /** The cell of a seat from the map: its classes, tooltip, number and the awardee's batch. */
    private Cell cell(SeatingMap map, SeatingSeat seat, Labels labels) {
        StringBuilder classes = new StringBuilder("seat zone-").append(seat.getZone().name().toLowerCase(Locale.ROOT));
        StringBuilder title = new StringBuilder(seat.label());
        if (seat.isBlocked()) {
            classes.append(" seat-blocked");
            title.append(" · ").append(labels.blocked);
        }
        Optional<SeatAssignment> occupant = map.occupant(seat);
        Integer batchNow = occupant.isPresent() ? map.batchOf(seat).orElse(null) : null;
        if (occupant.isPresent()) {
            classes.append(" seat-taken");
            if (occupant.get().isPinned()) {
                classes.append(" seat-pinned");
            }
            title.append(" · ").append(occupant.get().getOccupantName());
        }
        if (batchNow != null) {
            title.append(" · ").append(labels.batch(batchNow));
        }
        if (map.outOfOrder(seat)) {
            classes.append(" seat-out-of-order");
        }
        if (map.pinnedToReview(seat)) {
            classes.append(" seat-review");
            title.append(" · ").append(labels.review);
        }
        return new Cell(seat.label(), classes.toString(), title.toString(), seat.getSeatNumber(), batchNow, false);
    }

    /** Shows {@code cell} for the seat: sent to the browser only when it differs from what is shown. */
    private void paint(long id, Cell cell) {
        if (!cell.equals(cells.put(id, cell))) {
            changed.add(id);
            scheduleFlush();
        }
    }

    /** Sends what changed once, just before the response: the whole rows after a new hall, else the changed cells. */
    private void scheduleFlush() {
        if (flushScheduled) {
            return;
        }
        getUI().ifPresent(ui -> {
            flushScheduled = true;
            ui.beforeClientResponse(this, context -> flush());
        });
    }

    private void flush() {
        flushScheduled = false;
        if (redraw) {
            rows.executeJs("this.innerHTML = $0", html());
        } else if (!changed.isEmpty()) {
            JsonArray patch = Json.createArray();
            for (Long id : changed) {
                Cell cell = cells.get(id);
                JsonArray one = Json.createArray();
                one.set(0, String.valueOf(id));
                one.set(1, cell.classNames());
                one.set(2, cell.title());
                one.set(3, cell.inner());
                patch.set(patch.length(), one);
            }
            rows.executeJs(PATCH, patch);
        }
        redraw = false;
        changed.clear();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // a new page, or the map shown again: the browser has no rows yet
        redraw = !hall.isEmpty();
        scheduleFlush();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        flushScheduled = false;
        super.onDetach(event);
    }

    private static Span rowLabel() {
        Span label = new Span("");
        label.addClassName("seat-row-label");
        return label;
    }

    private static Span aisle() {
        Span aisle = new Span();
        aisle.addClassName("seat-aisle");
        return aisle;
    }

    /** What one seat shows: its classes, tooltip, number and batch; {@code marked} adds the outline. */
    record Cell(String label, String classes, String title, int number, Integer batch, boolean marked) {

        Cell marked(boolean marked) {
            return new Cell(label, classes, title, number, batch, marked);
        }

        String classNames() {
            return marked ? classes + " seat-marked" : classes;
        }

        /** The button's content: the seat number and, for an awardee, the batch in the corner. */
        String inner() {
            return batch == null ? String.valueOf(number) : number + "<span class='seat-batch'>" + batch + "</span>";
        }

        void appendTo(StringBuilder out, long id) {
            out.append("<button class='").append(classNames()).append("' id='seat-").append(Html.escape(label))
                    .append("' data-seat='").append(id).append("' title='").append(Html.escape(title)).append("'>")
                    .append(inner()).append("</button>");
        }
    }
}
