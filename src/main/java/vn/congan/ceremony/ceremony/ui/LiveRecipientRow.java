package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientState;

/**
 * One recipient on the MC's tablet: number, status (an absence is seen before the name) and the
 * name as the MC reads it aloud (always Vietnamese). Backstage and the door, whose rows carry
 * buttons, draw theirs with {@link RecipientRowList}.
 */
final class LiveRecipientRow extends Div {

    private final Span number = new Span();
    private final Span status = new Span();
    private final Span name = new Span();

    LiveRecipientRow(LiveCeremony.LiveRecipient r) {
        addClassName("ceremony-recipient");
        getElement().setAttribute("data-award", Long.toString(r.awardId()));
        number.addClassName("ceremony-recipient-no");
        status.addClassName("ceremony-status");
        name.addClassName("ceremony-recipient-name");
        add(number, status, name);
    }

    /** Shows {@code r} at place {@code position} (1-based). */
    LiveRecipientRow update(int position, LiveCeremony.LiveRecipient r) {
        number.setText(position + ".");
        name.setText(r.recipient().readLine());
        RecipientState state = r.state();
        status.setText(CeremonyParts.statusText(this, state));
        status.addClassName("status-" + state.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        setClassName("away", state.status().isAway());
        return this;
    }
}
