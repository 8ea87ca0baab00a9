package vn.congan.ceremony.seating.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.seating.Occupant;
import vn.congan.ceremony.seating.PlanReplacement;
import vn.congan.ceremony.seating.PlanSnapshot;
import vn.congan.ceremony.seating.SeatAssignment;
import vn.congan.ceremony.seating.SeatingMap;
import vn.congan.ceremony.seating.SeatingSeat;
import vn.congan.ceremony.seating.SeatingService;
import vn.congan.ceremony.seating.Side;
import vn.congan.ceremony.seating.Zone;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;
import vn.congan.ceremony.ui.Confirm;

/**
 * The seat-map editor of the current conference: build or take a hall plan, paint zones and
 * block seats over a range (two clicks), run the automatic assignment, and by clicking a seat
 * assign, move, swap, pin or free it. Warns when the stage order changed since seating.
 */
@Route(value = "seating", layout = MainLayout.class)
@Menu(title = "nav.seating", order = 40, icon = "vaadin:grid-small")
@RolesAllowed(Role.Names.ORGANIZER)
public class SeatingView extends VerticalLayout implements HasDynamicTitle {

    /** What a click on a seat does. */
    public enum Mode {
        SELECT, PAINT_DELEGATE, PAINT_AWARDEE, PAINT_GENERAL, BLOCK, UNBLOCK
    }

    private final SeatingService seating;
    private final Conference conference;
    private final Div banner = new Div();
    private final Select<Mode> mode = new Select<>();
    private final SeatMap seatMap = new SeatMap(this::clicked);
    private final Div selection = new Div();
    private final Span hint = new Span();
    private SeatingMap current;
    private SeatingSeat anchor;
    private SeatingSeat selected;
    private SeatingSeat moving;

    public SeatingView(SeatingService seating, ConferenceService conferences) {
        this.seating = seating;
        this.conference = conferences.current().orElse(null);
        addClassName("seating-view");
        configureMode();
        if (conference == null) {
            add(new Paragraph(getTranslation("dashboard.noConference")));
            return;
        }
        refresh();
    }

    private void refresh() {
        // the seat map stays attached, so that it can repaint only the seats that changed
        getChildren().filter(c -> c != seatMap).toList().forEach(this::remove);
        anchor = null;
        moving = null;
        Optional<SeatingMap> map = seating.map(conference);
        H2 title = new H2(getTranslation("seating.title"));
        title.addClassName("seating-title");
        if (map.isEmpty()) {
            remove(seatMap);
            current = null;
            add(title, planSetupForm(null));
            return;
        }
        current = map.get();
        List<Component> above = List.of(title, banner(), toolbar(), selectionBar());
        for (int i = 0; i < above.size(); i++) {
            addComponentAtIndex(i, above.get(i));
        }
        if (seatMap.getParent().isEmpty()) {
            add(seatMap);
        }
        add(legend(), planTools());
        seatMap.show(current);
        if (selected != null) {
            selected = current.seats().stream().filter(s -> s.getId().equals(selected.getId())).findFirst().orElse(null);
        }
        showSelection();
    }

    private Component banner() {
        banner.removeAll();
        banner.setClassName("seating-banner");
        var report = current.stageOrder();
        banner.setVisible(report.changed());
        if (report.changed()) {
            Button rerun = new Button(getTranslation("seating.rerun"), e -> autoAssign());
            rerun.setId("seating-rerun");
            rerun.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            banner.add(new Span(getTranslation("seating.stageChanged", report.outOfOrderSeatIds().size(),
                    report.unseated())), rerun);
        }
        return banner;
    }

    private Component toolbar() {
        Button auto = new Button(getTranslation("seating.autoAssign"), e -> autoAssign());
        auto.setId("seating-auto");
        auto.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Select<Side> startSide = new Select<>();
        startSide.setItems(Side.values());
        startSide.setItemLabelGenerator(s -> getTranslation("seating.side." + s.name()));
        startSide.setValue(current.plan().getDelegateStartSide());
        startSide.setAriaLabel(getTranslation("seating.setup.startSide"));
        startSide.setTooltipText(getTranslation("seating.setup.startSide"));
        startSide.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> seating.setDelegateStartSide(current, e.getValue()));
            }
        });
        startSide.setWidth("11rem");
        HorizontalLayout bar = new HorizontalLayout(auto, mode, startSide);
        bar.addClassName("seating-toolbar");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureMode() {
        mode.setId("seating-mode");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("seating.mode." + m.name()));
        mode.setValue(Mode.SELECT);
        mode.addValueChangeListener(e -> {
            seatMap.mark(anchor, false);
            anchor = null;
            moving = null;
            showSelection();
            hint.setText(e.getValue() == Mode.SELECT ? "" : getTranslation("seating.hint.rangeStart"));
        });
        mode.setWidth("13rem");
    }

    /** Saving the hall as a template and starting a new plan: rarely used, kept below the map. */
    private Component planTools() {
        TextField templateName = new TextField();
        templateName.setPlaceholder(getTranslation("seating.template.name"));
        templateName.setWidth("12rem");
        Button saveTemplate = new Button(getTranslation("seating.template.save"), e -> {
            if (UiErrors.attempt(this, () -> seating.saveAsTemplate(current.plan(), templateName.getValue()))) {
                UiErrors.success(getTranslation("seating.template.saved"));
                templateName.clear();
            }
        });
        saveTemplate.setId("seating-save-template");
        Button newPlan = new Button(getTranslation("seating.newPlan"), e -> {
            removeAll();
            add(new H2(getTranslation("seating.title")), planSetupForm(this::refresh));
        });
        newPlan.setId("seating-new-plan");
        newPlan.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout tools = new HorizontalLayout(templateName, saveTemplate, newPlan);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        Details details = new Details(getTranslation("seating.planTools"), tools);
        details.addClassName("seating-plan-tools");
        return details;
    }

    /** The form for a new plan; {@code back} (when a plan exists) returns to it unchanged. */
    private PlanSetupForm planSetupForm(Runnable back) {
        PlanSnapshot seen = current == null ? PlanSnapshot.NONE : current.snapshot();
        return new PlanSetupForm(seating.templates(),
                setup -> replacePlan(() -> seating.createPlan(conference, seen, setup)),
                template -> replacePlan(() -> seating.applyTemplate(conference, seen, template)), back);
    }

    /**
     * Builds the new plan at once when there is none; otherwise first asks, saying what is lost.
     * Cancelling keeps the current plan and its seating.
     */
    private void replacePlan(Runnable build) {
        Optional<PlanReplacement> replaced = seating.replacement(conference);
        if (replaced.isEmpty()) {
            act(build);
            return;
        }
        PlanReplacement r = replaced.get();
        Confirm.ask("seating-replace-confirm", getTranslation("seating.replace.title"),
                getTranslation("seating.replace.text", r.planName(), r.seats(), r.seated(), r.pinned()),
                getTranslation("seating.replace.confirm"), true, () -> act(build));
    }

    private Component selectionBar() {
        selection.setClassName("seating-selection");
        hint.addClassName("seating-hint");
        return selection;
    }

    private Component legend() {
        Div legend = new Div();
        legend.addClassName("seating-legend");
        for (String key : new String[] {"delegate", "awardee", "general", "blocked", "taken", "pinned", "out-of-order"}) {
            Span item = new Span(getTranslation("seating.legend." + key));
            item.addClassNames("legend-item", "legend-" + key);
            legend.add(item);
        }
        return legend;
    }

    private void clicked(SeatingSeat seat) {
        Mode m = mode.getValue();
        if (m != Mode.SELECT) {
            if (anchor == null) {
                anchor = seat;
                seatMap.mark(seat, true);
                hint.setText(getTranslation("seating.hint.rangeEnd", seat.label()));
                return;
            }
            SeatingSeat from = anchor;
            act(() -> {
                switch (m) {
                    case PAINT_DELEGATE -> seating.paintZone(current, from, seat, Zone.DELEGATE);
                    case PAINT_AWARDEE -> seating.paintZone(current, from, seat, Zone.AWARDEE);
                    case PAINT_GENERAL -> seating.paintZone(current, from, seat, Zone.GENERAL);
                    case BLOCK -> seating.setBlocked(current, from, seat, true);
                    case UNBLOCK -> seating.setBlocked(current, from, seat, false);
                    default -> { }
                }
            });
            hint.setText(getTranslation("seating.hint.rangeStart"));
            return;
        }
        if (moving != null) {
            SeatingSeat from = moving;
            selected = seat;
            act(() -> seating.move(current, from, seat));
            return;
        }
        seatMap.mark(selected, false);
        selected = seat;
        seatMap.mark(seat, true);
        showSelection();
    }

    private void showSelection() {
        selection.removeAll();
        selection.add(hint);
        if (selected == null || mode.getValue() != Mode.SELECT) {
            if (mode.getValue() == Mode.SELECT) {
                hint.setText(getTranslation("seating.hint.select"));
            }
            return;
        }
        seatMap.mark(selected, true);
        hint.setText("");
        Span label = new Span(getTranslation("seating.seat.label", selected.getRowLabel(), selected.getSeatNumber()));
        label.addClassName("seating-selected-label");
        label.setId("seating-selected");
        selection.add(label);
        Optional<SeatAssignment> occupant = current.occupant(selected);
        if (occupant.isPresent()) {
            SeatAssignment a = occupant.get();
            Integer batchNow = current.batchOf(selected).orElse(null);
            Span who = new Span(a.getOccupantName() + (batchNow == null ? ""
                    : " · " + getTranslation("seating.batch", batchNow))
                    + (current.pinnedToReview(selected) ? " · " + getTranslation("seating.seat.review") : ""));
            who.setId("seating-occupant");
            Button move = new Button(getTranslation("seating.move"), e -> {
                moving = selected;
                hint.setText(getTranslation("seating.hint.moveTarget", selected.label()));
                selection.removeAll();
                selection.add(hint);
            });
            move.setId("seating-move");
            Button pin = new Button(getTranslation(a.isPinned() ? "seating.unpin" : "seating.pin"),
                    e -> act(() -> seating.setPinned(current, selected, !a.isPinned())));
            pin.setId("seating-pin");
            Button free = new Button(getTranslation("seating.unassign"), e -> act(() -> seating.unassign(current, selected)));
            free.setId("seating-unassign");
            free.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            selection.add(who, move, pin, free);
        } else if (selected.isBlocked()) {
            selection.add(new Span(getTranslation("seating.seat.blocked")));
        } else {
            ComboBox<Occupant> who = new ComboBox<>();
            who.setId("seating-who");
            who.setPlaceholder(getTranslation("seating.assign.who"));
            who.setItems(seating.unseated(conference));
            who.setItemLabelGenerator(o -> o.name() + " · " + getTranslation("seating.kind." + o.kind().name())
                    + (o.batch() > 0 ? " " + o.batch() : ""));
            who.setWidth("22rem");
            Button assign = new Button(getTranslation("seating.assign"), e -> {
                if (who.getValue() != null) {
                    act(() -> seating.assign(current, selected, who.getValue()));
                }
            });
            assign.setId("seating-assign");
            selection.add(new Span(getTranslation("seating.seat.empty")), who, assign);
        }
    }

    private void autoAssign() {
        int[] count = new int[1];
        if (UiErrors.attempt(this, () -> count[0] = seating.autoAssign(conference))) {
            UiErrors.success(getTranslation("seating.assigned", count[0]));
            refresh();
        }
    }

    /** Runs a change and redraws; a refusal is shown and the map redrawn as it is. */
    private void act(Runnable change) {
        UiErrors.attempt(this, change);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seating.title") + " | " + getTranslation("app.title");
    }
}
