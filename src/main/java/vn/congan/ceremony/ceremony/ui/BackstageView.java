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
    private final String device;

    public BackstageView(CeremonyService ceremony, CeremonyBroadcaster broadcaster) {
        super(ceremony, broadcaster);
        addClassName("backstage-view");
        this.device = device();
        columns.addClassName("backstage-columns");
        add(columns);
    }

    @Override
    protected void render(LiveCeremony live) {
        columns.removeAll();
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
        if (batches.isEmpty()) {
            columns.add(new Paragraph(getTranslation("ceremony.noBatches")));
            return;
        }
        for (int i = 0; i < batches.size(); i++) {
            LiveCeremony.LiveBatch b = batches.get(i);
            Div column = new Div();
            column.addClassName("backstage-batch");
            if (b == live.currentBatch()) {
                column.addClassName("on-stage");
            }
            column.getElement().setAttribute("data-batch", Long.toString(b.batch().id()));
            column.add(new H3(headings.get(i) + " — " + CeremonyParts.batchTitle(this, b)));
            int number = 1;
            for (LiveCeremony.LiveRecipient r : b.recipients()) {
                Div line = CeremonyParts.recipientLine(this, number++, r, true);
                line.add(new RecipientActions(r, device, this::send, true));
                column.add(line);
            }
            columns.add(column);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backstage") + " | " + getTranslation("app.title");
    }
}
