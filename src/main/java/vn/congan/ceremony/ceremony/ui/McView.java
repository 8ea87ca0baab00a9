package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.congan.ceremony.ceremony.CeremonyBroadcaster;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.CeremonyService;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.ceremony.ScriptLines;
import vn.congan.ceremony.common.DatabaseFailures;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.Confirm;
import vn.congan.ceremony.ui.MainLayout;

/**
 * The MC's tablet: the current item and its text, the batch being read with each
 * recipient's status, the next batch, and the big Next and Back buttons. One device
 * controls; another sees the same read-only and may take over after a confirmation.
 */
@Route(value = "mc", layout = MainLayout.class)
@Menu(title = "nav.mc", order = 60, icon = "vaadin:microphone")
@RolesAllowed({Role.Names.MC, Role.Names.ORGANIZER})
public class McView extends LiveCeremonyView implements HasDynamicTitle {

    private final Div status = new Div();
    private final Div current = new Div();
    private final Div batch = new Div();
    private final Div preview = new Div();
    private final Div screenLink = new Div();
    /** Up to this many names a batch is one column; more take two. */
    static final int ONE_COLUMN = 8;
    /**
     * Longer names than usual (long units, a representative): the list takes a smaller type, one
     * pixel at a time down to 13 px, until its last name is above the Next/Back bar; again when
     * the tablet is turned. A batch that still does not fit is cut into pages of whole rows, each
     * above the bar: the page holding the row being read (class {@code reading}) is shown, and
     * the bar's {@code mc-names-page} button shows the next page with one tap (after the last, the
     * first again), its label ({@code $0}, with {0} the page shown and {1} the count) saying
     * where the MC is. Run on the names' element after each render.
     */
    static final String FIT_NAMES = """
            const names = this, label = $0;
            const rows = [...names.children];
            let pages = [], page = 0;
            const showPage = p => {
              page = p;
              rows.forEach((r, i) => r.style.display = i >= pages[p][0] && i < pages[p][1] ? '' : 'none');
              const pager = document.getElementById('mc-names-page');
              if (pager) pager.textContent = label.replace('{0}', p + 1).replace('{1}', pages.length);
            };
            const fit = () => {
              if (!names.isConnected) { window.removeEventListener('resize', fit); return; }
              const firstShown = pages.length ? pages[page][0] : -1;
              rows.forEach(r => r.style.display = '');
              names.style.fontSize = '';
              names.classList.remove('paged');
              pages = [];
              const bar = document.querySelector('.mc-buttons');
              const pager = document.getElementById('mc-names-page');
              if (pager) pager.hidden = true;
              if (!bar) return;
              const limit = bar.getBoundingClientRect().top;
              let size = parseFloat(getComputedStyle(names).fontSize);
              while (names.getBoundingClientRect().bottom > limit && size > 13) {
                size = Math.max(13, size - 1);
                names.style.fontSize = size + 'px';
              }
              if (names.getBoundingClientRect().bottom <= limit + 0.5 || rows.length < 2 || !pager) return;
              // Still too long: pages of whole rows, each ending above the bar.
              names.classList.add('paged');
              for (let start = 0; start < rows.length; ) {
                rows.forEach((r, i) => r.style.display = i === start ? '' : 'none');
                let end = start + 1;
                while (end < rows.length) {
                  rows[end].style.display = '';
                  if (names.getBoundingClientRect().bottom > limit + 0.5) break;
                  end++;
                }
                pages.push([start, end]);
                start = end;
              }
              const reading = rows.findIndex(r => r.classList.contains('reading'));
              const keep = firstShown >= 0 ? firstShown : reading >= 0 ? reading : 0;
              pager.hidden = false;
              pager.onclick = () => showPage((page + 1) % pages.length);
              showPage(Math.max(0, pages.findIndex(p => keep >= p[0] && keep < p[1])));
            };
            window.addEventListener('resize', fit);
            requestAnimationFrame(fit);
            """;
    static final String SCROLL_TO_TOP = "window.scrollTo(0, 0); this.scrollIntoView({block: 'start'});";

    private final Div buttons = new Div();
    private Button back = new Button();
    private Button next = new Button();
    /** Shows the next page of a batch too long for the screen (see {@link #FIT_NAMES}); hidden otherwise. */
    private Button namesPage = new Button();
    private final boolean organizer;
    private String shownStep;
    private String shownScreenToken;
    /** How often the page was sent to the top (for tests: Karibu runs the script calls away). */
    int scrollsToTop;
    /** A second touch of a double tap on Next or Back is not a second step. */
    DoubleTaps doubleTaps = new DoubleTaps(Clock.systemUTC(), DoubleTaps.DEFAULT_WINDOW);

    /** How long after a step a tap on the same button counts as the same gesture (tests tap at machine speed: 0). */
    @Autowired
    void setDoubleTapWindow(@Value("${ceremony.mc.double-tap:1s}") Duration window) {
        doubleTaps = new DoubleTaps(Clock.systemUTC(), window);
    }

    public McView(CeremonyService ceremony, CeremonyBroadcaster broadcaster, AuthenticationContext auth) {
        super(ceremony, broadcaster);
        addClassName("mc-view");
        this.organizer = auth.hasRole(Role.Names.ORGANIZER);
        try {
            ceremony.screenToken(); // makes sure the live state exists, so the projector link can be shown
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseUnavailable(e)) {
                throw e;
            }
            // The database is away: the page opens with its banner and catches up when it is back.
        }
        status.addClassName("mc-status");
        current.addClassName("mc-current");
        batch.addClassName("mc-batch");
        preview.addClassName("mc-preview");
        screenLink.addClassName("mc-screen-link");

        buttons.add(back, namesPage, next);
        buttons.addClassName("mc-buttons");

        add(status, current, batch, preview, buttons, screenLink);
        setSizeFull();
    }

    @Override
    protected void render(LiveCeremony live) {
        boolean inControl = live.controlledBy(device());
        String step = live.finished() ? "end" : live.stepNumber() + ":" + (live.currentItem() == null ? "" : live.currentItem().id())
                + ":" + (live.currentBatch() == null ? "" : live.currentBatch().batch().id());
        if (shownStep != null && !step.equals(shownStep)) {
            // A new step: back to the top, so the new title and the first names are in sight
            // (not on a status-only push, which must not move the page under the MC's finger).
            getElement().executeJs(SCROLL_TO_TOP);
            scrollsToTop++;
        }
        shownStep = step;
        renderStatus(live, inControl);
        renderCurrent(live);
        renderBatch(live);
        renderPreview(live);
        renderButtons(live.version());
        back.setEnabled(inControl && live.started());
        next.setEnabled(inControl && !live.finished() && live.stepCount() > 0);
        renderScreenLink(live);
    }

    /**
     * New Next and Back buttons for each state shown, each carrying the version it was drawn
     * with: a tap on a button the tablet still shows after a push changed the state (the
     * browser had not redrawn yet) is made against the version the MC saw, and refused as
     * stale, instead of acting on a state the MC never saw.
     */
    private void renderButtons(long version) {
        Button newBack = new Button(getTranslation("ceremony.back"), VaadinIcon.ARROW_LEFT.create());
        newBack.setId("mc-back");
        newBack.addClassName("mc-back");
        newBack.addClickListener(e -> sendSeen("back", newBack, version, v -> new CeremonyCommand.Back(v, device())));
        Button newNext = new Button(getTranslation("ceremony.next"), VaadinIcon.ARROW_RIGHT.create());
        newNext.setIconAfterText(true);
        newNext.setId("mc-next");
        newNext.addClassName("mc-next");
        newNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A double tap sends one click while the first is on its way; the version check refuses a
        // tap on the old button after a push, DoubleTaps a second touch on the redrawn one.
        newNext.setDisableOnClick(true);
        newNext.addClickListener(e -> sendSeen("next", newNext, version, v -> new CeremonyCommand.Next(v, device())));
        // A new one for each state too: hidden until the names' script finds that they need pages.
        Button newNamesPage = new Button();
        newNamesPage.setId("mc-names-page");
        newNamesPage.addClassName("mc-names-page");
        newNamesPage.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        newNamesPage.getElement().setAttribute("hidden", true);
        buttons.removeAll();
        buttons.add(newBack, newNamesPage, newNext);
        back = newBack;
        namesPage = newNamesPage;
        next = newNext;
    }

    private void sendSeen(String name, Button button, long version, LongFunction<CeremonyCommand> command) {
        if (doubleTaps.isSecondTouch(name)) {
            button.setEnabled(true); // it disabled itself on the click
            // not an error: said calmly, briefly, where the MC looks
            Notification.show(getTranslation("ceremony.doubleTap"), 2500, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        }
        long before = shown() == null ? -1 : shown().version();
        send(v -> command.apply(button.isAttached() ? version : -1));
        if (shown() != null && shown().version() != before) {
            doubleTaps.stepped(name);
        }
    }

    private void renderStatus(LiveCeremony live, boolean inControl) {
        status.removeAll();
        Span step = new Span(live.started()
                ? getTranslation("ceremony.step", live.stepNumber(), live.stepCount())
                : getTranslation("ceremony.notStarted"));
        step.addClassName("mc-step");
        Span schedule = new Span(CeremonyParts.schedule(this, live));
        schedule.addClassName("mc-schedule");
        if (live.delayMinutes() != null && live.delayMinutes() > 0) {
            schedule.addClassName("behind");
        }
        status.add(step, schedule);
        if (!inControl) {
            Span readOnly = new Span(getTranslation("ceremony.readOnly", live.controllerUser()));
            readOnly.addClassName("mc-read-only");
            Button take = new Button(getTranslation("ceremony.takeControl"), e -> confirmTakeOver());
            take.setId("mc-take-control");
            take.addThemeVariants(ButtonVariant.LUMO_ERROR);
            status.add(readOnly, take);
        }
    }

    private void confirmTakeOver() {
        Confirm.ask("mc-take-control-confirm", getTranslation("ceremony.takeControl"),
                getTranslation("ceremony.takeControl.confirm"), getTranslation("ceremony.takeControl"), false,
                () -> send(v -> new CeremonyCommand.TakeControl(v, device()))).addClassName("ceremony-dialog");
    }

    private void renderCurrent(LiveCeremony live) {
        current.removeAll();
        current.setVisible(true);
        if (live.finished()) {
            current.add(new H2(getTranslation("ceremony.finished")));
            return;
        }
        if (live.currentItem() == null) {
            current.add(new H2(live.stepCount() == 0 ? getTranslation("ceremony.noProgramme")
                    : getTranslation("ceremony.pressNextToStart")));
            return;
        }
        H2 title = new H2(live.currentItem().title());
        title.addClassName("mc-item-title");
        current.setVisible(live.currentBatch() == null);
        if (live.currentBatch() != null) {
            // A batch: the item's name goes small into the batch's heading (renderBatch); the
            // item's own lines are read with the batch's, so that the names have the screen.
            return;
        }
        Span who = new Span(live.currentItem().responsible());
        who.addClassName("mc-item-who");
        Div script = new Div();
        script.addClassName("mc-script");
        ScriptLines.parse(live.currentItem().script()).forEach(line -> script.add(scriptLine(line, "mc-item-line")));
        current.add(title, who, script);
    }

    private void renderBatch(LiveCeremony live) {
        batch.removeAll();
        LiveCeremony.LiveBatch b = live.currentBatch();
        batch.setVisible(b != null);
        if (b == null) {
            return;
        }
        Div heading = new Div();
        heading.addClassName("mc-batch-heading");
        if (live.currentItem() != null) {
            H2 item = new H2(live.currentItem().title());
            item.addClassNames("mc-item-title", "in-batch");
            heading.add(item);
        }
        H3 title = new H3(CeremonyParts.batchTitle(this, b));
        title.addClassName("mc-batch-title");
        heading.add(title);
        if (b.batch().presenter() != null) {
            Span presenter = new Span(getTranslation("ceremony.presenter", b.batch().presenter()));
            presenter.addClassName("mc-presenter");
            heading.add(presenter);
        }
        batch.add(heading);
        // The batch's own lines of the MC script (invitation, call), the names with their
        // statuses (as the organizer may have rewritten them), then the thanks.
        for (String text : b.batch().script().before()) {
            ScriptLines.parse(text).forEach(line -> batch.add(scriptLine(line, "mc-batch-script")));
        }
        Div names = names(b);
        batch.add(names);
        names.getElement().executeJs(FIT_NAMES, getTranslation("ceremony.namesPage", "{0}", "{1}"));
        for (String text : b.batch().script().after()) {
            ScriptLines.parse(text).forEach(line -> batch.add(scriptLine(line, "mc-batch-script")));
        }
    }

    /**
     * The names of the batch, one compact row each (number, status, rank + name and unit). A
     * batch of more than {@value #ONE_COLUMN} names takes two columns, read down the first
     * and then the second, so that a full stage (16) is seen at once on a tablet either way up.
     */
    private Div names(LiveCeremony.LiveBatch b) {
        Div names = new Div();
        names.addClassName("mc-names");
        int count = b.recipients().size();
        if (count > ONE_COLUMN) {
            names.addClassName("two-columns");
        }
        int number = 1;
        boolean readingMarked = false;
        for (LiveCeremony.LiveRecipient r : b.recipients()) {
            String read = b.batch().readLineOf(r.recipient());
            LiveCeremony.LiveRecipient shown = read.equals(r.recipient().readLine()) ? r
                    : new LiveCeremony.LiveRecipient(r.recipient().withReadLine(read), r.state(), r.seat(),
                            r.batchPosition());
            LiveRecipientRow row = new LiveRecipientRow(shown).update(number++, shown);
            if (!readingMarked && r.state().status() == RecipientStatus.CALLED) {
                // The first one called and not yet on stage: the name the MC reads now.
                row.addClassName("reading");
                readingMarked = true;
            }
            names.add(row);
        }
        return names;
    }

    /**
     * A spoken line as its own paragraph in large type ({@code spokenClass}); a stage direction
     * ("(Quốc ca.)") as its own paragraph too, set apart (class {@code mc-direction}: italic,
     * muted), never run into what is said.
     */
    private static Paragraph scriptLine(ScriptLines.Line line, String spokenClass) {
        Paragraph p = new Paragraph(line.text());
        p.addClassName(line.direction() ? "mc-direction" : spokenClass);
        if (!line.direction()) {
            p.addClassName("mc-line");
        }
        return p;
    }

    private void renderPreview(LiveCeremony live) {
        preview.removeAll();
        live.nextBatch().ifPresent(b -> {
            Span label = new Span(getTranslation("ceremony.nextBatch") + ": " + CeremonyParts.batchTitle(this, b));
            label.addClassName("mc-preview-title");
            long away = b.recipients().stream().filter(r -> r.state().status().isAway()).count();
            Span names = new Span(getTranslation("ceremony.preview.count", b.recipients().size(), away));
            preview.add(label, names);
        });
        if (live.nextItem() != null && live.currentBatch() == null) {
            Span item = new Span(getTranslation("ceremony.nextItem", live.nextItem().title()));
            item.addClassName("mc-next-item");
            preview.add(item);
        }
    }

    private void renderScreenLink(LiveCeremony live) {
        if (Objects.equals(live.screenToken(), shownScreenToken) && screenLink.getComponentCount() > 0) {
            return; // the same link: nothing to push
        }
        shownScreenToken = live.screenToken();
        screenLink.removeAll();
        if (live.screenToken() == null) {
            return;
        }
        String path = "screen/" + live.screenToken();
        Anchor link = new Anchor(path, getTranslation("ceremony.screenLink"));
        link.setTarget("_blank");
        link.setId("mc-screen-link");
        Anchor light = new Anchor(path + "?theme=light", getTranslation("ceremony.screenLink.light"));
        light.setTarget("_blank");
        light.setId("mc-screen-link-light");
        screenLink.add(link, light);
        if (organizer) {
            Button regenerate = new Button(getTranslation("ceremony.screenLink.regenerate"), e -> {
                Confirm.ask("mc-regenerate-link-confirm", getTranslation("ceremony.screenLink.regenerate"),
                        getTranslation("ceremony.screenLink.regenerate.confirm"), getTranslation("ceremony.confirm"),
                        false, ceremony::regenerateScreenToken).addClassName("ceremony-dialog");
            });
            regenerate.setId("mc-regenerate-link");
            regenerate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            screenLink.add(regenerate);
        }
    }

    /** The browser's stored device id arrived: control follows it, so show the state again. */
    @Override
    protected void deviceChanged() {
        if (shown() != null) {
            render(shown());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mc") + " | " + getTranslation("app.title");
    }
}
