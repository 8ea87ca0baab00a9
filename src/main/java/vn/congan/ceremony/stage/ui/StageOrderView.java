package vn.congan.ceremony.stage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageEntry;
import vn.congan.ceremony.stage.StageOrderEdits;
import vn.congan.ceremony.stage.StageOrderGenerator;
import vn.congan.ceremony.stage.StageOrderService;
import vn.congan.ceremony.stage.StagePlan;
import vn.congan.ceremony.stage.StageSettingsService;
import vn.congan.ceremony.ui.Confirm;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;

/**
 * The stage order editor: the batches of the current conference in ceremony order in one
 * grid (a heading row per batch, then its recipients), so that only the rows on screen are
 * rendered whatever the size of the ceremony; the row buttons ({@link StageOrderActions}) and
 * drag and drop change it; the stage settings, the time check of the award-presentation item,
 * and regeneration. The plan is read once per change.
 */
@Route(value = "stage-order", layout = MainLayout.class)
@Menu(title = "nav.stageOrder", order = 30, icon = "vaadin:list-ol")
@RolesAllowed(Role.Names.ORGANIZER)
public class StageOrderView extends VerticalLayout implements HasDynamicTitle {

    private final StageOrderService stage;
    private final StageOrderEdits edits;
    private final StageOrderGenerator generator;
    private final StageSettingsService settings;
    private final Conference conference;
    private final IntegerField capacity = new IntegerField();
    private final IntegerField secondsPerBatch = new IntegerField();
    private final IntegerField secondsPerRecipient = new IntegerField();
    private final Div summary = new Div();
    final Grid<StageRow> grid = new Grid<>();
    private final List<StageRow> rows = new ArrayList<>();
    private final ListDataProvider<StageRow> data = new ListDataProvider<>(rows) {
        @Override
        public Object getId(StageRow row) {
            return row.key(); // cheap to hash, unlike the row's records with their entries
        }
    };
    StageOrderActions actions;
    private StagePlan plan;
    private StageRow dragged;

    public StageOrderView(StageOrderService stage, StageOrderEdits edits, StageOrderGenerator generator,
            StageSettingsService settings, ConferenceService conferences) {
        this.stage = stage;
        this.edits = edits;
        this.generator = generator;
        this.settings = settings;
        this.conference = conferences.current().orElse(null);
        addClassName("stage-order-view");
        add(new H2(getTranslation("stage.title")));
        if (conference == null) {
            add(new Paragraph(getTranslation("dashboard.noConference")));
            return;
        }
        setSizeFull();
        summary.addClassName("stage-summary");
        summary.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        configureGrid();
        add(settingsBar(), summary, grid);
        setFlexGrow(1, grid);
        reload();
    }

    boolean canEdit() {
        return true;
    }

    private Component settingsBar() {
        capacity.setLabel(getTranslation("stage.settings.capacity"));
        secondsPerBatch.setLabel(getTranslation("stage.settings.secondsPerBatch"));
        secondsPerRecipient.setLabel(getTranslation("stage.settings.secondsPerRecipient"));
        for (IntegerField f : List.of(capacity, secondsPerBatch, secondsPerRecipient)) {
            f.setMin(0);
            f.setStepButtonsVisible(true);
            f.setWidth("11em");
        }
        Button save = new Button(getTranslation("stage.settings.save"), e -> change(() -> settings.saveSettings(conference,
                plan.settingsVersion(), value(capacity), value(secondsPerBatch), value(secondsPerRecipient))));
        save.setId("stage-settings-save");
        Button regenerate = new Button(getTranslation("stage.regenerate"), e -> regenerate());
        regenerate.setId("stage-regenerate");
        regenerate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(capacity, secondsPerBatch, secondsPerRecipient, save, regenerate);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    /**
     * One grid for the whole stage order: text columns and one column of buttons drawn by the
     * browser from a template (no server-side component per row). A heading row is the batch:
     * its title, presenter and batch buttons; it is dragged to reorder the batches.
     */
    private void configureGrid() {
        grid.addClassName("stage-grid");
        grid.setId("stage-grid");
        grid.setWidthFull();
        grid.setMinHeight("24rem");
        grid.addColumn(r -> r.heading() ? "" : String.valueOf(r.entry().position())).setHeader("#")
                .setKey("position").setWidth("3.5em").setFlexGrow(0);
        grid.addColumn(this::recipientText).setHeader(getTranslation("stage.col.recipient")).setKey("recipient")
                .setFlexGrow(3);
        grid.addColumn(this::unitText).setHeader(getTranslation("stage.col.unit")).setKey("unit").setFlexGrow(2);
        grid.addColumn(r -> r.heading() || !r.entry().collective() ? "" : nullToEmpty(r.entry().representative()))
                .setHeader(getTranslation("stage.col.representative")).setKey("representative").setFlexGrow(2);
        actions = new StageOrderActions(this);
        grid.addColumn(actions.renderer()).setKey("actions").setWidth("13em").setFlexGrow(0);
        grid.setPartNameGenerator(this::partNames);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(data);
        grid.setRowsDraggable(canEdit());
        grid.setDragFilter(this::draggable);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragStarted(e.getDraggedItems().get(0)));
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> dropped(e.getDropTargetItem().orElse(null),
                e.getDropLocation() == GridDropLocation.BELOW));
    }

    private String recipientText(StageRow row) {
        StageBatch b = row.batch();
        return row.heading() ? getTranslation("stage.batch.title", b.number(), b.formName(), b.size(),
                plan.stageCapacity()) : row.entry().label();
    }

    private String unitText(StageRow row) {
        if (!row.heading()) {
            return row.entry().collective() ? "" : nullToEmpty(row.entry().unitName());
        }
        StageBatch b = row.batch();
        String presenter = b.presenterRankAndName() == null ? getTranslation("stage.batch.noPresenter")
                : b.onAuthorityOf() == null ? b.presenterRankAndName()
                : getTranslation("stage.batch.presenterOnAuthority", b.presenterRankAndName(), b.onAuthorityOf());
        return getTranslation("stage.batch.presenter", presenter);
    }

    /** The row's part names: a heading is styled as the batch, marked locked or over the capacity. */
    String partNames(StageRow row) {
        if (!row.heading()) {
            return row.batch().locked() ? "stage-entry-locked" : null;
        }
        StringBuilder parts = new StringBuilder("stage-batch-row");
        if (row.batch().locked()) {
            parts.append(" stage-batch-locked");
        }
        if (row.batch().size() > plan.stageCapacity()) {
            parts.append(" stage-batch-over-capacity");
        }
        return parts.toString();
    }

    /** A row may be dragged unless its batch is locked. */
    boolean draggable(StageRow row) {
        return canEdit() && !row.batch().locked();
    }

    void reload() {
        plan = stage.plan(conference);
        capacity.setValue(plan.stageCapacity());
        secondsPerBatch.setValue(plan.secondsPerBatch());
        secondsPerRecipient.setValue(plan.secondsPerRecipient());
        summary.removeAll();
        summary.add(new Span(getTranslation("stage.summary", plan.batches().size(), plan.recipients())));
        if (plan.unbatched() > 0) {
            summary.add(warning(getTranslation("stage.unbatched", plan.unbatched()), "stage-unbatched"));
        }
        List<StageBatch> over = plan.overCapacity();
        if (!over.isEmpty()) {
            String list = String.join(", ", over.stream()
                    .map(b -> getTranslation("stage.overCapacity.batch", b.number(), b.size())).toList());
            summary.add(warning(getTranslation("stage.overCapacity", plan.stageCapacity(), list),
                    "stage-over-capacity"));
        }
        for (StagePlan.TimeCheck check : plan.timeChecks()) {
            String text = getTranslation(check.fits() ? "stage.time.fits" : "stage.time.over", check.title(),
                    check.estimatedMinutes(), check.durationMinutes());
            summary.add(check.fits() ? new Span(text) : warning(text, "stage-time-warning"));
        }
        rows.clear();
        rows.addAll(StageRow.of(plan.batches()));
        data.refreshAll(); // the same provider: the grid keeps its scroll position
    }

    private static Span warning(String text, String className) {
        Span span = new Span(text);
        span.addClassNames(className, "stage-warning");
        span.getStyle().set("color", "var(--lumo-error-text-color)");
        return span;
    }

    /** The rows the grid shows, headings and recipients, in ceremony order. */
    List<StageRow> rows() {
        return rows;
    }

    StagePlan plan() {
        return plan;
    }

    // ------------------------------------------------------------ actions (called by the row buttons)

    void moveBatch(StageBatch batch, int delta) {
        change(() -> edits.moveBatch(batch.id(), batch.version(), batch.number() - 1 + delta));
    }

    void toggleLock(StageBatch batch) {
        change(() -> edits.setLocked(batch.id(), batch.version(), !batch.locked()));
    }

    void mergeWithNext(StageBatch batch) {
        StageBatch next = plan.batches().get(batch.number());
        change(() -> edits.mergeWithNext(batch.id(), batch.version(), next.version()));
    }

    void moveEntry(StageBatch batch, StageEntry entry, int position) {
        change(() -> edits.move(entry.entryId(), entry.entryVersion(), batch.id(), batch.version(), position));
    }

    void moveToNeighbour(StageEntry entry, int direction) {
        change(() -> edits.moveToNeighbour(entry.entryId(), entry.entryVersion(), direction));
    }

    void split(StageBatch batch, StageEntry entry) {
        change(() -> edits.split(batch.id(), batch.version(), entry.position()));
    }

    void editPresenter(StageBatch batch) {
        new PresenterDialog(batch, stage.presenters(conference),
                (delegateId, authority) -> change(() -> edits.setPresenter(batch.id(), batch.version(), delegateId,
                        authority))).open();
    }

    void editRepresentative(StageEntry entry) {
        new RepresentativeDialog(entry, stage.peopleOfUnit(entry.unitId()),
                (personId, text) -> change(() -> edits.setRepresentative(entry.awardId(), entry.awardVersion(),
                        personId, text))).open();
    }

    void dragStarted(StageRow row) {
        dragged = draggable(row) ? row : null;
    }

    /**
     * The dragged row dropped above or {@code below} {@code target} (null: below every row).
     * A recipient lands where it was dropped: among a batch's recipients, right under a
     * heading (the batch's first place), or above a heading (the previous batch's last place).
     * A heading goes before or after the batch it was dropped on; dropped among a batch's
     * recipients, after that batch.
     */
    void dropped(StageRow target, boolean below) {
        StageRow row = dragged;
        dragged = null;
        if (row == null || plan.batches().isEmpty()) {
            return;
        }
        List<StageBatch> batches = plan.batches();
        if (row.heading()) {
            int onto = target == null ? batches.size() - 1 : target.index();
            boolean after = target == null || !target.heading() || below;
            int to = StageOrderDrops.batchIndex(row.index(), onto, after);
            if (to != row.index()) {
                change(() -> edits.moveBatch(row.batch().id(), row.batch().version(), to));
            }
            return;
        }
        StageBatch into;
        Integer atRow;
        boolean under;
        if (target == null) {
            into = batches.get(batches.size() - 1);
            atRow = null;
            under = false;
        } else if (!target.heading()) {
            into = target.batch();
            atRow = target.entry().position();
            under = below;
        } else if (below || target.first()) {
            into = target.batch();
            atRow = into.size() == 0 ? null : 1;
            under = false;
        } else {
            into = batches.get(target.index() - 1);
            atRow = null;
            under = false;
        }
        StageEntry entry = row.entry();
        Integer own = into.id() == row.batch().id() ? entry.position() : null;
        int to = StageOrderDrops.entryPosition(own, atRow, under, into.size());
        change(() -> edits.move(entry.entryId(), entry.entryVersion(), into.id(), into.version(), to));
    }

    private void regenerate() {
        String seen = plan.version();
        int manual = stage.manualChangesToDiscard(conference);
        if (manual == 0) {
            change(() -> generator.regenerate(conference, seen));
            return;
        }
        Confirm.ask("stage-regenerate-confirm", getTranslation("stage.regenerate.confirmTitle"),
                getTranslation("stage.regenerate.confirmText", manual), getTranslation("stage.regenerate.confirm"),
                false, () -> change(() -> generator.regenerate(conference, seen)));
    }

    /**
     * Runs an edit; any refusal or failure becomes a message (a stale page: "changed by
     * someone else"), and the page shows what is stored afterwards in every case.
     */
    void change(Runnable action) {
        UiErrors.attempt(this, action);
        reload();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stage.title") + " | " + getTranslation("app.title");
    }
}
