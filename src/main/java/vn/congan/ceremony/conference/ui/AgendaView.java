package vn.congan.ceremony.conference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.util.List;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.AgendaPlan;
import vn.congan.ceremony.conference.AgendaSchedule;
import vn.congan.ceremony.conference.AgendaSchedule.Warning;
import vn.congan.ceremony.conference.AgendaService;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.DelegateService;
import vn.congan.ceremony.conference.ProgrammeService;
import vn.congan.ceremony.conference.ScheduledItem;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.Confirm;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;
import vn.congan.ceremony.ui.Downloads;

/**
 * The timed agenda of the current conference: computed start times, live warnings,
 * add/edit/remove, reorder by drag and drop or up/down, and the printed programme.
 */
@Route(value = "agenda", layout = MainLayout.class)
@Menu(title = "nav.agenda", order = 12, icon = "vaadin:clock")
@PermitAll
public class AgendaView extends VerticalLayout implements HasDynamicTitle, AgendaItemForm.Actions {

    private final AgendaService agenda;
    private final DelegateService delegates;
    private final ProgrammeService programme;
    private final boolean canEdit;
    private final Conference conference;
    private final Grid<ScheduledItem> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Div warnings = new Div();
    private final Button addButton = new Button();
    private final Button templateButton = new Button();
    private AgendaItemForm form;
    private ReorderColumn<ScheduledItem> reorder;
    private AgendaPlan plan;

    public AgendaView(AgendaService agenda, DelegateService delegates, ConferenceService conferences,
            ProgrammeService programme, AuthenticationContext authentication) {
        this.agenda = agenda;
        this.delegates = delegates;
        this.programme = programme;
        this.canEdit = authentication.hasRole(Role.Names.ORGANIZER);
        this.conference = conferences.current().orElse(null);
        addClassName("agenda-view");
        add(new H2(getTranslation("agenda.title")));
        if (conference == null) {
            add(new Paragraph(getTranslation("dashboard.noConference")));
            return;
        }
        summary.addClassName("agenda-summary");
        warnings.addClassName("agenda-warnings");
        configureGrid();
        add(summary, toolbar(), warnings, grid);
        reload();
    }

    private Component toolbar() {
        addButton.setText(getTranslation("agenda.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addClickListener(e -> {
            grid.asSingleSelect().clear();
            form().edit(agenda.draft(conference));
        });
        templateButton.setText(getTranslation("agenda.useTemplate"));
        templateButton.addClickListener(e -> change(() -> agenda.addTypicalProgramme(conference)));
        addButton.setVisible(canEdit);
        Anchor download = Downloads.file("programme-download", getTranslation("agenda.downloadPdf"),
                () -> ProgrammeService.fileName(conference), Downloads.PDF, () -> programme.programmePdf(conference));
        Anchor preview = Downloads.preview("programme-preview", getTranslation("agenda.previewPdf"),
                () -> programme.programmePdf(conference));
        HorizontalLayout bar = new HorizontalLayout(addButton, templateButton, download, preview);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.addColumn(r -> r.item().getPosition()).setHeader("#").setKey("position").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::startCell).setHeader(getTranslation("agenda.col.start")).setKey("start")
                .setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("agenda.col.title")).setKey("title")
                .setFlexGrow(3);
        grid.addColumn(r -> r.item().responsibleLabel()).setHeader(getTranslation("agenda.col.responsible"))
                .setKey("responsible").setFlexGrow(2);
        grid.addColumn(this::durationText).setHeader(getTranslation("agenda.col.duration")).setKey("duration")
                .setAutoWidth(true).setFlexGrow(0);
        reorder = ReorderColumn.install(grid, () -> plan.rows(), canEdit, getTranslation("conference.moveUp"),
                getTranslation("conference.moveDown"),
                r -> change(() -> agenda.moveUp(r.item())), r -> change(() -> agenda.moveDown(r.item())),
                (r, to) -> change(() -> agenda.moveTo(r.item(), to)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(r -> r.warnings().isEmpty() ? null : "agenda-warning-row");
        if (canEdit) {
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    form().edit(e.getValue().item());
                } else if (form != null && form.item() != null && !form.item().isNew()) {
                    form.edit(null);
                }
            });
        }
    }

    /** The computed start; a fixed start is named below it, a warning turns the time red. */
    private Component startCell(ScheduledItem row) {
        Span start = new Span(DateLine.time(row.start()));
        start.addClassName("agenda-start");
        if (!row.warnings().isEmpty()) {
            start.getElement().getThemeList().add("badge error");
            start.setTitle(row.warnings().stream().map(this::warningText).reduce((a, b) -> a + "\n" + b).orElse(""));
        }
        Div cell = new Div(start);
        if (row.item().getFixedStart() != null) {
            cell.add(secondary(getTranslation("agenda.fixedAt", DateLine.time(row.item().getFixedStart())),
                    "agenda-fixed"));
        }
        return cell;
    }

    /** The item's title over its type. */
    private Component titleCell(ScheduledItem row) {
        Span title = new Span(row.item().getTitle());
        title.addClassName("agenda-title");
        return new Div(new Div(title),
                secondary(getTranslation("agenda.type." + row.item().getType().name()), "agenda-type"));
    }

    private static Div secondary(String text, String className) {
        Div div = new Div(text);
        div.addClassName(className);
        div.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return div;
    }

    private String durationText(ScheduledItem row) {
        String own = getTranslation("agenda.minutes", row.item().getDurationMinutes());
        return row.isEstimated() ? own + " " + getTranslation("agenda.estimated", row.estimatedMinutes()) : own;
    }

    /** Reloads the stored agenda: times, warnings, grid and the delegates to choose from. */
    void reload() {
        plan = agenda.plan(conference);
        Conference c = plan.conference();
        summary.setText(getTranslation("agenda.summary", c.getTitle(), DateLine.shortDate(c.getDate()),
                DateLine.time(c.getStartTime()),
                c.getPlannedEndTime() == null ? "—" : DateLine.time(c.getPlannedEndTime()), DateLine.time(plan.end())));
        grid.setItems(plan.rows());
        showWarnings(plan.schedule(), plan.items());
        templateButton.setVisible(canEdit && plan.rows().isEmpty());
        if (form != null) {
            form.setDelegates(delegates.delegates(conference));
            form.edit(null);
        }
        grid.asSingleSelect().clear();
    }

    private void showWarnings(AgendaSchedule schedule, List<AgendaItem> items) {
        showWarnings(schedule, items, -1, null);
    }

    /** The schedule's warnings above the grid; the edited item ({@code index}) named by the title typed in the form. */
    private void showWarnings(AgendaSchedule schedule, List<AgendaItem> items, int index, String typedTitle) {
        warnings.removeAll();
        for (Warning w : schedule.warnings()) {
            warnings.add(new Div(warningBadge(warningText(w, title(w, items, index, typedTitle), schedule))));
        }
    }

    private static String title(Warning w, List<AgendaItem> items, int index, String typedTitle) {
        if (w.index() == index && typedTitle != null) {
            return typedTitle;
        }
        return w.index() < items.size() ? items.get(w.index()).getTitle() : "";
    }

    private static Span warningBadge(String text) {
        Span line = new Span(text);
        line.addClassName("agenda-warning");
        line.getElement().getThemeList().add("badge error");
        return line;
    }

    private String warningText(Warning w) {
        return warningText(w, plan.items().get(w.index()).getTitle(), plan.schedule());
    }

    private String warningText(Warning w, String title, AgendaSchedule schedule) {
        AgendaSchedule.Slot slot = schedule.slot(w.index());
        LocalTime actual = w.kind() == AgendaSchedule.WarningKind.ENDS_AFTER_PLANNED_END ? slot.end() : slot.start();
        return getTranslation("agenda.warning." + w.kind().name(), title, DateLine.time(w.time()),
                DateLine.time(actual), w.minutes());
    }

    /**
     * The live preview while the form is edited: the schedule as it would be with the form's
     * duration and fixed start, shown in the warnings and the form before anything is saved.
     */
    @Override
    public void preview(AgendaItem edited, String title, Integer durationMinutes, LocalTime fixedStart) {
        AgendaPlan.Preview preview = plan.preview(edited, durationMinutes, fixedStart);
        String typed = title == null || title.isBlank() ? getTranslation("agenda.thisItem") : title.strip();
        showWarnings(preview.schedule(), preview.items(), preview.index(), typed);
        form.preview.setText(getTranslation("agenda.preview", DateLine.time(preview.slot().start()),
                DateLine.time(preview.slot().end()), DateLine.time(preview.schedule().end())));
        // the warnings about this item also next to the form, which on a tablet hides those above the grid
        form.previewWarnings.removeAll();
        preview.schedule().warnings().stream().filter(w -> w.index() == preview.index())
                .forEach(w -> {
                    Span badge = warningBadge(warningText(w, typed, preview.schedule()));
                    badge.setClassName("agenda-form-warning");
                    form.previewWarnings.add(new Div(badge));
                });
    }

    @Override
    public void save(AgendaItem item) {
        boolean wasNew = item.isNew();
        if (change(() -> agenda.save(item))) {
            UiErrors.success(getTranslation(wasNew ? "agenda.added" : "agenda.saved"));
        }
    }

    /** Removing an item cannot be undone: ask first, naming the item and its time. */
    @Override
    public void remove(AgendaItem item) {
        String time = plan.rows().stream().filter(r -> r.item().getId().equals(item.getId())).findFirst()
                .map(r -> r.start().toString()).orElse("");
        Confirm.ask("agenda-remove-confirm", getTranslation("agenda.removeConfirm.title"),
                getTranslation("agenda.removeConfirm.text", item.getTitle(), time), getTranslation("agenda.remove"),
                true, () -> {
                    if (change(() -> agenda.remove(item))) {
                        UiErrors.success(getTranslation("agenda.removed"));
                    }
                });
    }

    @Override
    public void cancel() {
        grid.asSingleSelect().clear();
        form.edit(null);
        showWarnings(plan.schedule(), plan.items());
    }

    /** Runs an edit and shows what is stored afterwards; a stale copy is refused and reloaded. */
    private boolean change(Runnable action) {
        boolean ok = PlanningEdits.attempt(this, action, this::reload);
        if (ok) {
            reload();
        }
        return ok;
    }

    ReorderColumn<ScheduledItem> reorder() {
        return reorder;
    }

    /**
     * The add/edit form below the grid, made when it is first needed (add, or a row chosen): the
     * page opens without it and its fields (hidden until then) and without reading the delegates.
     */
    AgendaItemForm form() {
        if (form == null) {
            form = new AgendaItemForm(this);
            form.setDelegates(delegates.delegates(conference));
            add(form);
        }
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title") + " | " + getTranslation("app.title");
    }
}
