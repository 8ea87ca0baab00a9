package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.congan.ceremony.ceremony.CeremonyBroadcaster;
import vn.congan.ceremony.ceremony.CeremonyService;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.common.text.Html;

/**
 * The projector: no login, opened through a secret link, read-only. Large type on a dark
 * background: the conference title, the current item, and during the awards the names on
 * stage. There is nothing to click.
 */
@Route(value = "screen", autoLayout = false)
@AnonymousAllowed
public class ScreenView extends LiveCeremonyView implements HasUrlParameter<String>, HasDynamicTitle {

    private final H1 conference = new H1();
    private final H2 item = new H2();
    private final Span form = new Span();
    private final Div names = new Div();
    private String token;
    /** The names as last written. */
    private String namesHtml = "";

    public ScreenView(CeremonyService ceremony, CeremonyBroadcaster broadcaster) {
        super(ceremony, broadcaster);
        addClassName("screen-view");
        setSizeFull();
        conference.addClassName("screen-conference");
        item.addClassName("screen-item");
        form.addClassName("screen-form");
        names.addClassName("screen-names");
        add(conference, item, form, names);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter;
        // ?theme=light for a bright hall; dark (the default) suits a darkened one.
        boolean light = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("theme", List.of()).contains("light");
        setClassName("screen-light", light);
    }

    /** The hall sees the projector: no database banner there (it catches up by itself). */
    @Override
    protected boolean showsDatabaseBanner() {
        return false;
    }

    @Override
    protected LiveCeremony initialState() {
        return ceremony.liveForScreen(token).orElseGet(() -> LiveCeremony.empty(null));
    }

    @Override
    protected void render(LiveCeremony live) {
        if (live.conferenceTitle() == null || live.screenToken() == null || !live.screenToken().equals(token)) {
            conference.setText("");
            item.setText(getTranslation("ceremony.screen.invalid"));
            form.setText("");
            names.getElement().setProperty("innerHTML", "");
            namesHtml = "";
            return;
        }
        // Texts are set only when they change: a push then carries what changed, not the page.
        CeremonyParts.setText(conference, live.conferenceTitle());
        CeremonyParts.setText(item, live.finished() ? getTranslation("ceremony.screen.thanks")
                : live.currentItem() == null ? getTranslation("ceremony.screen.welcome") : live.currentItem().title());
        LiveCeremony.LiveBatch batch = live.currentBatch();
        CeremonyParts.setText(form, batch == null ? "" : batch.batch().formName());
        List<String> shown = batch == null ? List.of() : batch.recipients().stream()
                .filter(r -> r.state().status() != RecipientStatus.ABSENT)
                .map(r -> r.recipient().screenName())
                .toList();
        names.setClassName("two-columns", shown.size() > 10);
        // The names are written as HTML in one go: a new batch is one text on the wire, not a
        // node per name (25 projectors may be open, each sent every change).
        StringBuilder html = new StringBuilder(shown.size() * 64);
        shown.forEach(name -> html.append("<div class='screen-name'>").append(Html.escape(name)).append("</div>"));
        if (!html.toString().equals(namesHtml)) {
            namesHtml = html.toString();
            names.getElement().setProperty("innerHTML", namesHtml);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ceremony.screen.title");
    }
}
