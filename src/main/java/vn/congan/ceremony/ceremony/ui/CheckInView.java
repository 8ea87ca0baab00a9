package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.congan.ceremony.ceremony.CeremonyBroadcaster;
import vn.congan.ceremony.ceremony.CeremonyService;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;

/**
 * The check-in desk: type part of a name (any case, with or without diacritics), mark the
 * awardee present and tell them their seat. An absence marked here reaches the MC at once.
 */
@Route(value = "checkin", layout = MainLayout.class)
@Menu(title = "nav.checkin", order = 62, icon = "vaadin:check-square-o")
@RolesAllowed({Role.Names.MC, Role.Names.ORGANIZER})
public class CheckInView extends LiveCeremonyView implements HasDynamicTitle {

    static final int MAX_RESULTS = 20;

    private final TextField search = new TextField();
    private final Div results = new Div();
    private final String device;

    public CheckInView(CeremonyService ceremony, CeremonyBroadcaster broadcaster) {
        super(ceremony, broadcaster);
        addClassName("checkin-view");
        this.device = device();
        search.setPlaceholder(getTranslation("ceremony.checkin.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("checkin-search");
        search.addClassName("checkin-search");
        search.addValueChangeListener(e -> {
            if (shown() != null) {
                render(shown());
            }
        });
        results.addClassName("checkin-results");
        add(search, results);
    }

    @Override
    protected void render(LiveCeremony live) {
        results.removeAll();
        String query = VietText.fold(search.getValue());
        if (query.length() < 2) {
            results.add(new Paragraph(getTranslation("ceremony.checkin.hint", live.recipients().size(),
                    live.recipients().stream().filter(r -> r.state().checkedIn()).count())));
            return;
        }
        List<LiveCeremony.LiveRecipient> found = live.recipients().stream()
                .filter(r -> VietText.matches(r.recipient().searchText(), query))
                .sorted(Comparator.comparing(r -> r.recipient().sortKey()))
                .limit(MAX_RESULTS).toList();
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("ceremony.checkin.none")));
        }
        Map<String, Long> awardsPerRecipient = live.recipients().stream()
                .collect(Collectors.groupingBy(CheckInView::who, Collectors.counting()));
        int number = 1;
        for (LiveCeremony.LiveRecipient r : found) {
            LiveRecipientRow row = new LiveRecipientRow(r, true, device, this::send).update(number++, r);
            if (awardsPerRecipient.getOrDefault(who(r), 0L) > 1) {
                row.withAwardNote(getTranslation("ceremony.checkin.awardNote", r.recipient().formName(),
                        r.batchPosition()));
            }
            results.add(row);
        }
    }

    /** The unit or the person an award goes to: two rows of the same one need telling apart. */
    private static String who(LiveCeremony.LiveRecipient r) {
        return r.recipient().collective() ? "unit:" + r.recipient().screenName()
                : r.recipient().stagePersonId() != null ? "person:" + r.recipient().stagePersonId()
                : "name:" + r.recipient().searchText();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.checkin") + " | " + getTranslation("app.title");
    }
}
