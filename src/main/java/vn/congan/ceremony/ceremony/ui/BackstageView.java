package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
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
    /** One column per place: on stage (or the first to come), next, after that. */
    private final List<BatchColumn> places = new ArrayList<>();
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
        // One column per place (on stage, next, after that), each kept where it is: a Next hands
        // every column the batch now at its place, so a push carries the rows' new contents and
        // no column is moved (a moved component is sent again whole).
        while (places.size() > batches.size()) {
            columns.remove(places.remove(places.size() - 1));
        }
        while (places.size() < batches.size()) {
            BatchColumn column = new BatchColumn();
            places.add(column);
            columns.add(column);
        }
        for (int i = 0; i < batches.size(); i++) {
            LiveCeremony.LiveBatch b = batches.get(i);
            // Buttons on the batch on stage and the next one; the one after that is only looked at.
            places.get(i).update(headings.get(i) + " — " + CeremonyParts.batchTitle(this, b), b == live.currentBatch(),
                    b, i < ACTIONABLE_BATCHES);
        }
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
