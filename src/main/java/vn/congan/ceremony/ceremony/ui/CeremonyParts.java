package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import java.util.Objects;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientState;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.ceremony.LiveProgrammeLoader;
import vn.congan.ceremony.common.text.DateLine;

/** Small pieces the live views share: status badges, recipient lines, the schedule line. */
final class CeremonyParts {

    private CeremonyParts() {
    }

    /**
     * A recipient's read line as a list shows it in the user's language: "Phòng X — đại diện:
     * Thượng tá Y" becomes "Phòng X — representative: Thượng tá Y" in English. Names stay as they are.
     */
    static String listed(Component ctx, String readLine) {
        int at = readLine == null ? -1 : readLine.indexOf(LiveProgrammeLoader.REPRESENTED_BY);
        if (at < 0) {
            return readLine;
        }
        return ctx.getTranslation("ceremony.recipient.representedBy", readLine.substring(0, at),
                readLine.substring(at + LiveProgrammeLoader.REPRESENTED_BY.length()));
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

    /** "Đợt 3 · Giấy khen của Giám đốc Công an tỉnh". */
    static String batchTitle(Component ctx, LiveCeremony.LiveBatch batch) {
        return ctx.getTranslation("ceremony.batch", batch.batch().position(), batch.batch().formName());
    }
}
