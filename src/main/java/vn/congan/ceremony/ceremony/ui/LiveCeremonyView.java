package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.function.LongFunction;
import vn.congan.ceremony.ceremony.CeremonyBroadcaster;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.CeremonyService;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ui.UiErrors;

/**
 * A view that follows the live ceremony: on attach (a first load, a reload, a reconnect)
 * it renders the state stored in the database, then renders every change the broadcaster
 * hands over, through {@code ui.access} so that Vaadin pushes it. It leaves on detach.
 */
public abstract class LiveCeremonyView extends VerticalLayout {

    protected final CeremonyService ceremony;
    private final CeremonyBroadcaster broadcaster;
    private Registration registration;
    private LiveCeremony shown;

    protected LiveCeremonyView(CeremonyService ceremony, CeremonyBroadcaster broadcaster) {
        this.ceremony = ceremony;
        this.broadcaster = broadcaster;
        addClassName("ceremony-live");
        setPadding(true);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        configureReconnect(ui);
        show(initialState());
        registration = broadcaster.register(live -> ui.access(() -> show(live)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        super.onDetach(event);
    }

    @SuppressWarnings("deprecation")
    private void configureReconnect(UI ui) {
        // Vaadin's own indicator; the theme makes it a visible banner (see styles.css, "ceremony").
        ui.getReconnectDialogConfiguration().setDialogText(getTranslation("ceremony.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(getTranslation("ceremony.reconnectFailed"));
    }

    /** The state to show first; the screen view checks its link here. */
    protected LiveCeremony initialState() {
        return ceremony.live();
    }

    /** Shows {@code live} unless a newer state is already shown. */
    protected final void show(LiveCeremony live) {
        if (shown != null && live.version() < shown.version()) {
            return;
        }
        shown = live;
        render(live);
    }

    protected abstract void render(LiveCeremony live);

    protected LiveCeremony shown() {
        return shown;
    }

    /**
     * Sends a command made against the version on screen. A refusal (stale, not in control,
     * ...) is shown, and the view catches up with the stored state.
     */
    protected void send(LongFunction<CeremonyCommand> command) {
        long seen = shown == null ? 0 : shown.version();
        boolean ok = UiErrors.attempt(this, () -> show(ceremony.execute(command.apply(seen))));
        if (!ok) {
            show(ceremony.live());
        }
    }

    /** This browser session; a reload keeps it, another tablet has its own. */
    protected static String device() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? "unknown" : session.getSession().getId();
    }
}
