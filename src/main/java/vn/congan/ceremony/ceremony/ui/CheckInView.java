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
    /** The rows found, with the door's buttons. */
    private final RecipientRowList rows = new RecipientRowList(new RecipientActions(this, this::device, this::send));
    private final Paragraph hint = new Paragraph();

    public CheckInView(CeremonyService ceremony, CeremonyBroadcaster broadcaster) {
        super(ceremony, broadcaster);
        addClassName("checkin-view");
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
        hint.addClassName("checkin-hint");
        results.add(hint, rows);
        add(search, results);
    }

    @Override
    protected void render(LiveCeremony live) {
        String query = VietText.fold(search.getValue());
        if (query.length() < 2) {
            showHint(getTranslation("ceremony.checkin.hint", live.recipients().size(),
                    live.recipients().stream().filter(r -> r.state().checkedIn()).count()));
            rows.show(List.of());
            return;
        }
        List<LiveCeremony.LiveRecipient> found = live.recipients().stream()
                .filter(r -> VietText.matches(r.recipient().searchText(), query))
                .sorted(Comparator.comparing(r -> r.recipient().sortKey()))
                .limit(MAX_RESULTS).toList();
        showHint(found.isEmpty() ? getTranslation("ceremony.checkin.none") : null);
        Map<String, Long> awardsPerRecipient = live.recipients().stream()
                .collect(Collectors.groupingBy(CheckInView::who, Collectors.counting()));
        rows.show(found.stream().map(r -> new RecipientRowList.Row(r, true,
                awardsPerRecipient.getOrDefault(who(r), 0L) > 1
                        ? getTranslation("ceremony.checkin.awardNote", r.recipient().formName(), r.batchPosition())
                        : null)).toList());
    }

    private void showHint(String text) {
        hint.setVisible(text != null);
        CeremonyParts.setText(hint, text == null ? "" : text);
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
