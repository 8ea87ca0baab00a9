package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientState;
import vn.congan.ceremony.common.text.Html;

/**
 * Recipients as backstage and the door see them: the status first (an absence is seen before the
 * name), the name, the seat and, on the rows the staff act on, the buttons. Each row is one
 * element whose content is written as HTML in one go, and the list has one click listener that
 * reads which button of which award was tapped. When the ceremony moves on, a page is sent only
 * the rows whose content changed, each as one text, instead of a dozen components per row: the
 * backstage page, open on every usher's tablet, was most of what each push cost the server.
 * Attribute values are in single quotes: unlike double quotes they need no escaping in the JSON
 * that carries the row (texts are escaped by {@link Html#escape}, quotes of both kinds included).
 */
final class RecipientRowList extends Div {

    /** The tapped button's act (its class) and the award of its row, sent with the click. */
    static final String ACT = "event.target.closest('.ceremony-actions button')?.className";
    static final String AWARD = "event.target.closest('[data-award]')?.dataset.award";
    /** Only taps on a button reach the server. */
    static final String ON_A_BUTTON = "event.target.closest('.ceremony-actions button') != null";

    /** A row to show: the recipient, whether it carries buttons, and an optional note under the name. */
    record Row(LiveCeremony.LiveRecipient recipient, boolean actionable, String note) {

        Row(LiveCeremony.LiveRecipient recipient, boolean actionable) {
            this(recipient, actionable, null);
        }
    }

    private final RecipientActions actions;
    private final List<RowElement> rows = new ArrayList<>();
    /** The state of each award shown with buttons: what a tap on them is checked against. */
    private final Map<Long, RecipientState> actionable = new HashMap<>();

    RecipientRowList(RecipientActions actions) {
        this.actions = actions;
        addClassName("ceremony-recipients");
        getElement().addEventListener("click", this::clicked)
                .addEventData(ACT).addEventData(AWARD).setFilter(ON_A_BUTTON);
    }

    /** One row on the page, remembering what it shows so that only a change is sent. */
    private static final class RowElement extends Div {

        private Long award;
        private String content;
        private boolean away;

        RowElement() {
            addClassName("ceremony-recipient");
        }

        void show(long award, String content, boolean away) {
            if (!Objects.equals(this.award, award)) {
                getElement().setAttribute("data-award", Long.toString(award));
                this.award = award;
            }
            if (!content.equals(this.content)) {
                getElement().setProperty("innerHTML", content);
                this.content = content;
            }
            if (this.away != away) {
                setClassName("away", away);
                this.away = away;
            }
        }
    }

    /** Shows {@code wanted}, rewriting only the rows whose content changed. */
    void show(List<Row> wanted) {
        while (rows.size() > wanted.size()) {
            remove(rows.remove(rows.size() - 1));
        }
        while (rows.size() < wanted.size()) {
            RowElement element = new RowElement();
            rows.add(element);
            add(element);
        }
        actionable.clear();
        for (int i = 0; i < wanted.size(); i++) {
            Row row = wanted.get(i);
            LiveCeremony.LiveRecipient r = row.recipient();
            rows.get(i).show(r.awardId(), content(row), r.state().status().isAway());
            if (row.actionable()) {
                actionable.put(r.awardId(), r.state());
            }
        }
    }

    /**
     * The row's content, made once for every page that shows the same row in the same language:
     * the ushers' tablets show the same batches, and a push reaches them all at once.
     */
    private String content(Row row) {
        RowKey key = new RowKey(row, getLocale());
        synchronized (MADE) {
            String made = MADE.get(key);
            if (made != null) {
                return made;
            }
        }
        String made = make(row);
        synchronized (MADE) {
            MADE.put(key, made);
        }
        return made;
    }

    private record RowKey(Row row, Locale locale) {
    }

    /** The rows' contents made lately (a few batches' worth in each language). */
    private static final Map<RowKey, String> MADE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<RowKey, String> eldest) {
            return size() > 2_000;
        }
    };

    /** The row's content: status, name, note, seat, buttons. */
    private String make(Row row) {
        LiveCeremony.LiveRecipient r = row.recipient();
        RecipientState state = r.state();
        StringBuilder out = new StringBuilder(row.actionable() ? 640 : 240);
        out.append("<span class='ceremony-status status-")
                .append(state.status().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("'>")
                .append(Html.escape(CeremonyParts.statusText(this, state))).append("</span>")
                .append("<span class='ceremony-recipient-name'>")
                .append(Html.escape(CeremonyParts.listed(this, r.recipient().readLine()))).append("</span>");
        if (row.note() != null) {
            out.append("<span class='ceremony-award-note'>").append(Html.escape(row.note())).append("</span>");
        }
        out.append(r.seat() == null ? "<span class='ceremony-seat no-seat'>" : "<span class='ceremony-seat'>")
                .append(Html.escape(r.seat() == null ? getTranslation("ceremony.noSeat")
                        : getTranslation("ceremony.seat", r.seat())))
                .append("</span>");
        if (row.actionable()) {
            actions.appendButtons(out, state);
        }
        return out.toString();
    }

    private void clicked(DomEvent event) {
        JsonObject data = event.getEventData();
        Optional<RecipientActions.Act> act = data.hasKey(ACT)
                ? RecipientActions.Act.of(data.get(ACT).asString()) : Optional.empty();
        Long award = null;
        try {
            award = data.hasKey(AWARD) ? Long.valueOf(data.get(AWARD).asString()) : null;
        } catch (NumberFormatException notAnAward) {
            // not one of the list's buttons: nothing to do
        }
        if (act.isPresent() && award != null) {
            actions.tapped(act.get(), award, actionable.get(award));
        }
    }
}
