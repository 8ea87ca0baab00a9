package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientState;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.common.text.DateLine;

/** Small pieces the live views share: status badges, recipient lines, the schedule line. */
final class CeremonyParts {

    private CeremonyParts() {
    }

    /** "Vắng mặt", "Nhận thay: Đại úy ...", "Đã điểm danh", ... as a coloured badge. */
    static Span statusBadge(Component ctx, RecipientState state) {
        String text = state.status() == RecipientStatus.RECEIVED_ON_BEHALF
                ? ctx.getTranslation("ceremony.status.onBehalfOf", state.onBehalfOf())
                : ctx.getTranslation("ceremony.status." + state.status().name());
        Span badge = new Span(text);
        badge.addClassNames("ceremony-status", "status-" + state.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    /** One recipient as the MC reads it, the status first so that an absence is seen before the name. */
    static Div recipientLine(Component ctx, int number, LiveCeremony.LiveRecipient r, boolean showSeat) {
        Div row = new Div();
        row.addClassName("ceremony-recipient");
        if (r.state().status().isAway()) {
            row.addClassName("away");
        }
        row.getElement().setAttribute("data-award", Long.toString(r.awardId()));
        Span no = new Span(number + ".");
        no.addClassName("ceremony-recipient-no");
        Span name = new Span(r.recipient().readLine());
        name.addClassName("ceremony-recipient-name");
        row.add(no, statusBadge(ctx, r.state()), name);
        if (showSeat) {
            Span seat = new Span(r.seat() == null ? ctx.getTranslation("ceremony.noSeat")
                    : ctx.getTranslation("ceremony.seat", r.seat()));
            seat.addClassName("ceremony-seat");
            row.add(seat);
        }
        return row;
    }

    /** "Kế hoạch 09:25 · Thực tế 09:31 · Chậm 6 phút". */
    static String schedule(Component ctx, LiveCeremony live) {
        if (live.plannedStart() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(ctx.getTranslation("ceremony.planned", DateLine.time(live.plannedStart())));
        if (live.actualStart() != null) {
            text.append(" · ").append(ctx.getTranslation("ceremony.actual", DateLine.time(live.actualStart())));
        }
        if (live.delayMinutes() != null) {
            int delay = live.delayMinutes();
            text.append(" · ").append(delay == 0 ? ctx.getTranslation("ceremony.onTime")
                    : delay > 0 ? ctx.getTranslation("ceremony.behind", delay)
                    : ctx.getTranslation("ceremony.ahead", -delay));
        }
        return text.toString();
    }

    /** "Đợt 3 · Giấy khen của Giám đốc Công an tỉnh". */
    static String batchTitle(Component ctx, LiveCeremony.LiveBatch batch) {
        return ctx.getTranslation("ceremony.batch", batch.batch().position(), batch.batch().formName());
    }
}
