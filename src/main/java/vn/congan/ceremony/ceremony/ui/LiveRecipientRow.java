package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientState;
import vn.congan.ceremony.ceremony.RecipientStatus;

/**
 * One recipient as the MC reads it, the status first so that an absence is seen before the
 * name; optionally the seat and the action buttons. A row is updated in place when the live
 * state changes, so a push carries only what changed (a status, a button) and not the page.
 */
final class LiveRecipientRow extends Div {

    private long awardId;
    /** The MC's rows only; backstage and the door number their rows in CSS (fewer nodes per page). */
    private final Span number;
    private final Span status = new Span();
    private final Span name = new Span();
    private final Span seat;
    private RecipientActions actions;
    private final String device;
    private final Consumer<LongFunction<CeremonyCommand>> send;
    private String statusClass;
    private RecipientState shownState;

    /** Whether the name is shown as the MC reads it aloud (always Vietnamese) rather than as a list line. */
    private final boolean readAloud;

    /** A row without seat or buttons (the MC's tablet): the name as the MC reads it aloud. */
    LiveRecipientRow(LiveCeremony.LiveRecipient r) {
        this(r, false, null, null, true);
    }

    /**
     * A row with the seat and, when {@code send} is given, the buttons present / absent / received
     * on behalf that send their command through the owning view.
     */
    LiveRecipientRow(LiveCeremony.LiveRecipient r, boolean showSeat, String device,
            Consumer<LongFunction<CeremonyCommand>> send) {
        this(r, showSeat, device, send, false);
    }

    private LiveRecipientRow(LiveCeremony.LiveRecipient r, boolean showSeat, String device,
            Consumer<LongFunction<CeremonyCommand>> send, boolean readAloud) {
        this.readAloud = readAloud;
        this.awardId = r.awardId();
        addClassName("ceremony-recipient");
        getElement().setAttribute("data-award", Long.toString(awardId));
        number = readAloud ? new Span() : null;
        status.addClassName("ceremony-status");
        name.addClassName("ceremony-recipient-name");
        if (number != null) {
            number.addClassName("ceremony-recipient-no");
            add(number);
        }
        add(status, name);
        seat = showSeat ? new Span() : null;
        if (seat != null) {
            seat.addClassName("ceremony-seat");
            add(seat);
        }
        this.device = device;
        this.send = send;
        actions = send == null ? null : new RecipientActions(awardId, device, send);
        if (actions != null) {
            add(actions);
        }
    }

    long awardId() {
        return awardId;
    }

    boolean hasActions() {
        return actions != null;
    }

    /**
     * Says which award the row is for ("Giấy khen của Giám đốc Công an tỉnh · Đợt 12"), for the
     * door staff when the same unit or person receives more than one.
     */
    LiveRecipientRow withAwardNote(String text) {
        Span note = new Span(text);
        note.addClassName("ceremony-award-note");
        getElement().insertChild(getElement().indexOfChild(name.getElement()) + 1, note.getElement());
        return this;
    }

    /**
     * Shows {@code r} at place {@code position} (1-based), touching only what differs. A row may
     * be handed another recipient: it then gets new buttons, made for that one (the old ones,
     * still on a tablet that has not redrawn, no longer act).
     */
    LiveRecipientRow update(int position, LiveCeremony.LiveRecipient r) {
        if (r.awardId() != awardId) {
            awardId = r.awardId();
            getElement().setAttribute("data-award", Long.toString(awardId));
            if (actions != null) {
                RecipientActions replaced = new RecipientActions(awardId, device, send);
                replace(actions, replaced);
                actions = replaced;
            }
        }
        if (number != null) {
            setText(number, position + ".");
        }
        setText(name, readAloud ? r.recipient().readLine() : CeremonyParts.listed(this, r.recipient().readLine()));
        RecipientState state = r.state();
        setText(status, statusText(this, state));
        String cls = "status-" + state.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!cls.equals(statusClass)) {
            if (statusClass != null) {
                status.removeClassName(statusClass);
            }
            status.addClassName(cls);
            statusClass = cls;
        }
        setClassName("away", state.status().isAway());
        if (seat != null) {
            setText(seat, r.seat() == null ? getTranslation("ceremony.noSeat") : getTranslation("ceremony.seat", r.seat()));
            seat.setClassName("no-seat", r.seat() == null);
        }
        if (actions != null) {
            actions.update(state);
        }
        shownState = state;
        return this;
    }

    /**
     * Whether the row carries its buttons (backstage: the batch on stage and the next one; the
     * batch after that is only looked at). Buttons are made when a row becomes actionable and
     * go when it stops being so: fewer components per page, less to push.
     */
    LiveRecipientRow actionable(boolean actionable) {
        if (send == null || actionable == (actions != null)) {
            return this;
        }
        if (actionable) {
            actions = new RecipientActions(awardId, device, send);
            add(actions);
            if (shownState != null) {
                actions.update(shownState);
            }
        } else {
            remove(actions);
            actions = null;
        }
        return this;
    }

    /** "Vắng mặt", "Nhận thay: Đại úy ...", "Đã điểm danh", ... */
    static String statusText(Component ctx, RecipientState state) {
        return state.status() == RecipientStatus.RECEIVED_ON_BEHALF
                ? ctx.getTranslation("ceremony.status.onBehalfOf", state.onBehalfOf())
                : ctx.getTranslation("ceremony.status." + state.status().name());
    }

    /** Sets a text only when it changes: an unchanged text then costs nothing on the wire. */
    static void setText(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) {
            component.setText(text);
        }
    }
}
