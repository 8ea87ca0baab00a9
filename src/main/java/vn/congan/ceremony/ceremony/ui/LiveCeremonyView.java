package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import vn.congan.ceremony.ceremony.CeremonyBroadcaster;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.CeremonyService;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.Subscription;
import vn.congan.ceremony.common.DatabaseFailures;
import vn.congan.ceremony.operations.DatabaseAvailability;
import vn.congan.ceremony.ui.UiErrors;

/**
 * A view that follows the live ceremony: on attach (a first load, a reload, a reconnect)
 * it renders the state stored in the database, then renders every change the broadcaster
 * hands over, through {@code ui.access} so that Vaadin pushes it. It leaves on detach.
 */
public abstract class LiveCeremonyView extends VerticalLayout {

    protected final CeremonyService ceremony;
    private final CeremonyBroadcaster broadcaster;
    private Subscription registration;
    private LiveCeremony shown;
    private String device = sessionDevice();
    private DatabaseAvailability database;
    /** The banner shown while the database is away (null when it answers). */
    private Div databaseBanner;
    /** Cancels the wait for the database to come back (the page was closed). */
    private Runnable waitingForDatabase;

    protected LiveCeremonyView(CeremonyService ceremony, CeremonyBroadcaster broadcaster) {
        this.ceremony = ceremony;
        this.broadcaster = broadcaster;
        addClassName("ceremony-live");
        setPadding(true);
    }

    /** Spring hands it over when it creates the view (the probe that tells when the database is back). */
    @org.springframework.beans.factory.annotation.Autowired
    void setDatabaseAvailability(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        configureReconnect(ui);
        readBrowserDevice(ui);
        // Tablets need the whole width for the names; the menu stays one tap away.
        getParent().filter(AppLayout.class::isInstance)
                .map(AppLayout.class::cast)
                .ifPresent(layout -> layout.setDrawerOpened(false));
        // Listen first, then read: a change committed in between arrives as a broadcast
        // (applied after this request, under the session lock) instead of being missed.
        registration = broadcaster.register(live -> ui.access(() -> show(live)));
        try {
            show(initialState());
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseUnavailable(e)) {
                throw e;
            }
            databaseAway(e);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        if (waitingForDatabase != null) {
            waitingForDatabase.run();
            waitingForDatabase = null;
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
        // Lets tests and the benchmark see which state a browser shows.
        getElement().setAttribute("data-version", Long.toString(live.version()));
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
        try {
            show(ceremony.execute(command.apply(seen)));
            databaseBack();
        } catch (RuntimeException e) {
            if (DatabaseFailures.isDatabaseUnavailable(e)) {
                // Nothing was applied: the page stays at the step it shows, and the same tap may be tried again.
                databaseAway(e);
                return;
            }
            UiErrors.show(this, e);
            catchUp();
        }
    }

    /** Shows the stored state again; when the database is away, the banner instead. */
    private void catchUp() {
        try {
            show(ceremony.live());
            databaseBack();
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseUnavailable(e)) {
                throw e;
            }
            databaseAway(e);
        }
    }

    /** Whether this page shows the database banner (the projector, seen by the hall, does not). */
    protected boolean showsDatabaseBanner() {
        return true;
    }

    /**
     * The database did not answer: a banner that stays until it answers again, the state last
     * shown drawn again (fresh buttons, so the same tap can be retried), and a wait for the
     * database, after which the page catches up with the stored state by itself.
     */
    private void databaseAway(RuntimeException e) {
        if (databaseBanner == null && showsDatabaseBanner()) {
            databaseBanner = new Div(UiErrors.message(this, e));
            databaseBanner.setId("database-banner");
            databaseBanner.addClassName("database-banner");
            databaseBanner.getElement().setAttribute("role", "alert");
            addComponentAsFirst(databaseBanner);
        }
        if (shown != null) {
            render(shown);
        }
        UI ui = UI.getCurrent();
        if (waitingForDatabase == null && database != null && ui != null) {
            waitingForDatabase = database.whenBack(() -> ui.access(() -> {
                waitingForDatabase = null;
                catchUp();
            }));
        }
    }

    /** The database answered: the banner goes. */
    private void databaseBack() {
        if (databaseBanner != null) {
            remove(databaseBanner);
            databaseBanner = null;
        }
    }

    /** Whether the database banner is up (tests). */
    boolean databaseBannerShown() {
        return databaseBanner != null;
    }

    /**
     * This device: an id kept in the browser's local storage, so that a reload, a new login or
     * a server restart on the same tablet keeps control. Until the browser has answered (and
     * where it cannot, as in tests), a random id kept in the session stands in; it is also what
     * a browser without a stored id adopts. No session id is ever stored.
     */
    protected String device() {
        return device;
    }

    /** Called when the browser's stored device id replaced the stand-in. */
    protected void deviceChanged() {
    }

    private void readBrowserDevice(UI ui) {
        ui.getPage().executeJs("let id = null; try { id = localStorage.getItem('ceremony-device'); } catch (e) {} "
                + "if (!id) { id = $0; try { localStorage.setItem('ceremony-device', id); } catch (e) {} } return id;",
                device).then(String.class, this::useBrowserDevice);
    }

    /** Takes over the id the browser keeps (ignored when it does not look like one of ours). */
    void useBrowserDevice(String id) {
        if (id != null && DEVICE_ID.matcher(id).matches() && !id.equals(device)) {
            device = id;
            deviceChanged();
        }
    }

    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final String SESSION_DEVICE = "ceremony.device";

    private static String sessionDevice() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return "unknown";
        }
        Object id = session.getAttribute(SESSION_DEVICE);
        if (id == null) {
            id = "device-" + UUID.randomUUID();
            session.setAttribute(SESSION_DEVICE, id);
        }
        return id.toString();
    }
}
