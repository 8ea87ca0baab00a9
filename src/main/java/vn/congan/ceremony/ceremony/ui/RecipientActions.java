package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.RecipientState;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.ceremony.StaleCommandException;
import vn.congan.ceremony.common.text.Html;
import vn.congan.ceremony.ui.Confirm;

/**
 * What the ushers' and the door's buttons beside a recipient do: present, absent, received on
 * behalf of (asks who), on stage. Each sends one command through the owning view, for the award
 * the tapped button was drawn for, and only while the page still shows that button on that award:
 * a tap on a row the page has redrawn since (the tablet had not yet) is refused as stale, never
 * applied to whoever the row shows now. The buttons themselves are drawn as HTML by
 * {@link RecipientRowList}.
 */
final class RecipientActions {

    /** A button: its key (its CSS class is {@code action-} and the key) and its label's translation key. */
    enum Act {
        ON_STAGE("on-stage", "ceremony.action.onStage"),
        PRESENT("present", "ceremony.action.present"),
        ABSENT("absent", "ceremony.action.absent"),
        ON_BEHALF("on-behalf", "ceremony.action.onBehalf");

        final String key;
        final String label;

        Act(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The act of a button of class {@code cssClass} ("action-present"). */
        static Optional<Act> of(String cssClass) {
            return Arrays.stream(values()).filter(a -> a.cssClass().equals(cssClass)).findFirst();
        }

        String cssClass() {
            return "action-" + key;
        }

        /** Whether the button is drawn at all: "Đã lên sân khấu" only while the MC calls the batch. */
        boolean drawnIn(RecipientState state) {
            return this != ON_STAGE || state.status() == RecipientStatus.CALLED;
        }

        /** Whether the button acts in {@code state} (drawn disabled otherwise). */
        boolean enabledIn(RecipientState state) {
            return switch (this) {
                case ON_STAGE -> state.status() == RecipientStatus.CALLED;
                case PRESENT -> !state.checkedIn() || state.status().isAway();
                case ABSENT -> state.status() != RecipientStatus.ABSENT;
                case ON_BEHALF -> true;
            };
        }
    }

    private final Component owner;
    private final Supplier<String> device;
    private final Consumer<LongFunction<CeremonyCommand>> send;

    RecipientActions(Component owner, Supplier<String> device, Consumer<LongFunction<CeremonyCommand>> send) {
        this.owner = owner;
        this.device = device;
        this.send = send;
    }

    /**
     * The buttons of a row in {@code state} as HTML, {@code <div class="ceremony-actions"><button
     * class="action-present">Có mặt</button>...}: the class says the act, the row's {@code
     * data-award} the award (both reach the server with a tap). Kept short: it is most of a row,
     * and a row is sent again whenever its recipient's state changes.
     */
    void appendButtons(StringBuilder out, RecipientState state) {
        out.append("<div class='ceremony-actions'>");
        for (Act act : Act.values()) {
            if (act.drawnIn(state)) {
                out.append("<button class='").append(act.cssClass()).append('\'')
                        .append(act.enabledIn(state) ? "" : " disabled").append('>')
                        .append(Html.escape(owner.getTranslation(act.label))).append("</button>");
            }
        }
        out.append("</div>");
    }

    /**
     * A tap on {@code act} of {@code award}, which this page shows in {@code shown} (null: the page
     * no longer shows buttons for that award). Refused as stale when the page does not show that
     * button enabled on that award now.
     */
    void tapped(Act act, long award, RecipientState shown) {
        if (shown == null || !act.drawnIn(shown) || !act.enabledIn(shown)) {
            send.accept(v -> {
                throw new StaleCommandException(v, -1);
            });
            return;
        }
        String from = device.get();
        switch (act) {
            case ON_STAGE -> send.accept(v -> new CeremonyCommand.SetStatus(v, from, award, RecipientStatus.ON_STAGE, null));
            case PRESENT -> send.accept(v -> new CeremonyCommand.CheckIn(v, from, award));
            case ABSENT -> {
                LongFunction<CeremonyCommand> markAbsent =
                        v -> new CeremonyCommand.SetStatus(v, from, award, RecipientStatus.ABSENT, null);
                if (shown.status() == RecipientStatus.RECEIVED) {
                    confirmAbsent(() -> send.accept(markAbsent));
                } else {
                    send.accept(markAbsent);
                }
            }
            case ON_BEHALF -> askWho(award, from);
        }
    }

    /** "Vắng" on someone who has already received the award: asked first, it is rarely meant. */
    private void confirmAbsent(Runnable markAbsent) {
        Confirm.ask("absent-received-confirm", owner.getTranslation("ceremony.absentReceived.title"),
                owner.getTranslation("ceremony.absentReceived.text"), owner.getTranslation("ceremony.action.absent"),
                true, markAbsent).addClassName("ceremony-dialog");
    }

    private void askWho(long award, String from) {
        Dialog dialog = new Dialog();
        dialog.addClassName("ceremony-dialog");
        dialog.setHeaderTitle(owner.getTranslation("ceremony.action.onBehalf"));
        TextField who = new TextField(owner.getTranslation("ceremony.onBehalf.who"));
        who.setId("on-behalf-name");
        who.setWidthFull();
        Button save = new Button(owner.getTranslation("ceremony.confirm"), e -> {
            send.accept(v -> new CeremonyCommand.SetStatus(v, from, award, RecipientStatus.RECEIVED_ON_BEHALF,
                    who.getValue()));
            dialog.close();
        });
        save.setId("on-behalf-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(owner.getTranslation("ceremony.cancel"), e -> dialog.close());
        dialog.add(who);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        who.focus();
    }
}
