package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congan.ceremony.ceremony.CeremonyBroadcaster;
import vn.congan.ceremony.ceremony.CeremonyService;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;

/**
 * Backstage: the batch on stage and the next two, each person with seat and check-in
 * status, so ushers know whom to call up; mark absent or received on behalf.
 */
@Route(value = "backstage", layout = MainLayout.class)
@Menu(title = "nav.backstage", order = 61, icon = "vaadin:group")
@RolesAllowed({Role.Names.MC, Role.Names.ORGANIZER})
public class BackstageView extends LiveCeremonyView implements HasDynamicTitle {

    private final Div columns = new Div();
    private final Paragraph empty = new Paragraph();
    private final Map<Long, BatchColumn> shownColumns = new HashMap<>();
    private final RecipientActions actions = new RecipientActions(this, this::device, this::send);
    /** The columns whose rows carry buttons: the batch on stage (or the first to come) and the next. */
    static final int ACTIONABLE_BATCHES = 2;

    public BackstageView(CeremonyService ceremony, CeremonyBroadcaster broadcaster) {
        super(ceremony, broadcaster);
        addClassName("backstage-view");
        columns.addClassName("backstage-columns");
        empty.setText(getTranslation("ceremony.noBatches"));
        empty.setVisible(false);
        add(empty, columns);
    }

    @Override
    protected void render(LiveCeremony live) {
        List<LiveCeremony.LiveBatch> batches = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        if (live.currentBatch() != null) {
            batches.add(live.currentBatch());
            headings.add(getTranslation("ceremony.onStage"));
        }
        for (LiveCeremony.LiveBatch b : live.upcomingBatches()) {
            batches.add(b);
            headings.add(headings.size() == (live.currentBatch() != null ? 1 : 0)
                    ? getTranslation("ceremony.nextBatch") : getTranslation("ceremony.afterThat"));
        }
        empty.setVisible(batches.isEmpty());
        // Columns are kept per batch and updated in place; the column of a batch that left is
        // handed to the batch that arrives. A push then carries changed texts, not new components.
        Map<Long, BatchColumn> keep = new HashMap<>();
        Set<Long> wantedIds = new HashSet<>();
        batches.forEach(b -> wantedIds.add(b.batch().id()));
        Deque<BatchColumn> free = new ArrayDeque<>();
        shownColumns.forEach((id, column) -> {
            if (!wantedIds.contains(id)) {
                free.add(column);
            }
        });
        List<BatchColumn> wanted = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            LiveCeremony.LiveBatch b = batches.get(i);
            BatchColumn column = shownColumns.get(b.batch().id());
            if (column == null) {
                column = free.isEmpty() ? new BatchColumn() : free.poll();
            }
            // Buttons on the batch on stage and the next one; the one after that is only looked at.
            column.update(headings.get(i) + " — " + CeremonyParts.batchTitle(this, b), b == live.currentBatch(), b,
                    i < ACTIONABLE_BATCHES);
            keep.put(b.batch().id(), column);
            wanted.add(column);
        }
        free.forEach(columns::remove);
        for (int i = 0; i < wanted.size(); i++) {
            BatchColumn column = wanted.get(i);
            if (columns.getChildren().skip(i).findFirst().orElse(null) != column) {
                columns.addComponentAtIndex(i, column);
            }
        }
        shownColumns.clear();
        shownColumns.putAll(keep);
    }

    /** One batch: its heading and a row per recipient. */
    private final class BatchColumn extends Div {

        private final H3 heading = new H3();
        private final RecipientRowList rows = new RecipientRowList(actions);

        BatchColumn() {
            addClassName("backstage-batch");
            add(heading, rows);
        }

        void update(String title, boolean onStage, LiveCeremony.LiveBatch batch, boolean actionable) {
            getElement().setAttribute("data-batch", Long.toString(batch.batch().id()));
            CeremonyParts.setText(heading, title);
            setClassName("on-stage", onStage);
            rows.show(batch.recipients().stream().map(r -> new RecipientRowList.Row(r, actionable)).toList());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backstage") + " | " + getTranslation("app.title");
    }
}
