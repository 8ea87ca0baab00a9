package vn.congan.ceremony.stage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
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
import vn.congan.ceremony.stage.StageOrderService;
import vn.congan.ceremony.stage.StagePlan;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;
import vn.congan.ceremony.ui.Confirm;

/**
 * The stage order editor: the batches of the current conference in ceremony order, each
 * with its presenter and recipients; buttons and drag and drop to change it; the stage
 * settings, the time check of the award-presentation item, and regeneration.
 */
@Route(value = "stage-order", layout = MainLayout.class)
@Menu(title = "nav.stageOrder", order = 30, icon = "vaadin:list-ol")
@RolesAllowed(Role.Names.ORGANIZER)
public class StageOrderView extends VerticalLayout implements HasDynamicTitle {

    private final StageOrderService stage;
    private final Conference conference;
    private final IntegerField capacity = new IntegerField();
    private final IntegerField secondsPerBatch = new IntegerField();
    private final IntegerField secondsPerRecipient = new IntegerField();
    private final Div summary = new Div();
    private final Div batchList = new Div();
    private final List<BatchCard> cards = new ArrayList<>();
    private StagePlan plan;
    private StageEntry dragged;
    private StageBatch draggedBatch;

    public StageOrderView(StageOrderService stage, ConferenceService conferences) {
        this.stage = stage;
        this.conference = conferences.current().orElse(null);
        addClassName("stage-order-view");
        add(new H2(getTranslation("stage.title")));
        if (conference == null) {
            add(new Paragraph(getTranslation("dashboard.noConference")));
            return;
        }
        summary.addClassName("stage-summary");
        summary.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        batchList.addClassName("stage-batches");
        batchList.setWidthFull();
        add(settingsBar(), summary, batchList);
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
        Button save = new Button(getTranslation("stage.settings.save"), e -> change(() -> stage.saveSettings(conference,
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
        batchList.removeAll();
        cards.clear();
        List<StageBatch> batches = plan.batches();
        for (int i = 0; i < batches.size(); i++) {
            BatchCard card = new BatchCard(this, batches.get(i), i == 0, i == batches.size() - 1, plan.stageCapacity());
            cards.add(card);
            batchList.add(card);
        }
    }

    private static Span warning(String text, String className) {
        Span span = new Span(text);
        span.addClassNames(className, "stage-warning");
        span.getStyle().set("color", "var(--lumo-error-text-color)");
        return span;
    }

    List<BatchCard> cards() {
        return cards;
    }

    // ------------------------------------------------------------ actions (called by the cards)

    void moveBatch(StageBatch batch, int delta) {
        change(() -> stage.moveBatch(batch.id(), batch.version(), batch.number() - 1 + delta));
    }

    void toggleLock(StageBatch batch) {
        change(() -> stage.setLocked(batch.id(), batch.version(), !batch.locked()));
    }

    void mergeWithNext(StageBatch batch) {
        StageBatch next = plan.batches().get(batch.number());
        change(() -> stage.mergeWithNext(batch.id(), batch.version(), next.version()));
    }

    void moveEntry(StageBatch batch, StageEntry entry, int position) {
        change(() -> stage.move(entry.entryId(), entry.entryVersion(), batch.id(), batch.version(), position));
    }

    void moveToNeighbour(StageEntry entry, int direction) {
        change(() -> stage.moveToNeighbour(entry.entryId(), entry.entryVersion(), direction));
    }

    void split(StageBatch batch, StageEntry entry) {
        change(() -> stage.split(batch.id(), batch.version(), entry.position()));
    }

    void editPresenter(StageBatch batch) {
        new PresenterDialog(batch, stage.presenters(conference),
                (delegateId, authority) -> change(() -> stage.setPresenter(batch.id(), batch.version(), delegateId,
                        authority))).open();
    }

    void editRepresentative(StageEntry entry) {
        new RepresentativeDialog(entry, stage.peopleOfUnit(entry.unitId()),
                (personId, text) -> change(() -> stage.setRepresentative(entry.awardId(), entry.awardVersion(),
                        personId, text))).open();
    }

    void dragStarted(StageEntry entry) {
        dragged = entry;
    }

    void batchDragStarted(StageBatch batch) {
        draggedBatch = batch;
    }

    void dragEnded() {
        dragged = null;
        draggedBatch = null;
    }

    /**
     * A row dropped into {@code target}: above or {@code below} the row at {@code rowPosition},
     * or on no row (null, it goes last). The service moves it.
     */
    void dropped(StageBatch target, Integer rowPosition, boolean below) {
        StageEntry entry = dragged;
        dragged = null;
        if (entry == null) {
            return;
        }
        Integer own = target.entries().stream().filter(e -> e.entryId() == entry.entryId()).findFirst()
                .map(StageEntry::position).orElse(null);
        int to = StageOrderDrops.entryPosition(own, rowPosition, below, target.size());
        change(() -> stage.move(entry.entryId(), entry.entryVersion(), target.id(), target.version(), to));
    }

    /** A batch dropped on the header of {@code target}: before it, or after it when {@code below}. */
    void batchDropped(StageBatch target, boolean below) {
        StageBatch batch = draggedBatch;
        draggedBatch = null;
        if (batch == null) {
            return;
        }
        int to = StageOrderDrops.batchIndex(batch.number() - 1, target.number() - 1, below);
        if (to != batch.number() - 1) {
            change(() -> stage.moveBatch(batch.id(), batch.version(), to));
        }
    }

    private void regenerate() {
        String seen = plan.version();
        int manual = stage.manualChangesToDiscard(conference);
        if (manual == 0) {
            change(() -> stage.regenerate(conference, seen));
            return;
        }
        Confirm.ask("stage-regenerate-confirm", getTranslation("stage.regenerate.confirmTitle"),
                getTranslation("stage.regenerate.confirmText", manual), getTranslation("stage.regenerate.confirm"),
                false, () -> change(() -> stage.regenerate(conference, seen)));
    }

    /**
     * Runs an edit; any refusal or failure becomes a message (a stale page: "changed by
     * someone else"), and the page shows what is stored afterwards in every case.
     */
    void change(Runnable action) {
        UiErrors.attempt(this, action);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stage.title") + " | " + getTranslation("app.title");
    }
}
