package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.RecipientState;
import vn.congan.ceremony.ceremony.RecipientStatus;

/**
 * The buttons beside a recipient backstage and at the door: present, absent, received on
 * behalf of (asks who). Each sends one command through the owning view.
 */
final class RecipientActions extends Div {

    private final Button present;
    private final Button absent;

    RecipientActions(LongSupplier award, String device, Consumer<LongFunction<CeremonyCommand>> send) {
        addClassName("ceremony-actions");
        present = new Button(getTranslation("ceremony.action.present"),
                e -> send.accept(v -> new CeremonyCommand.CheckIn(v, device, award.getAsLong())));
        present.addClassName("action-present");
        present.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        absent = new Button(getTranslation("ceremony.action.absent"),
                e -> send.accept(v -> new CeremonyCommand.SetStatus(v, device, award.getAsLong(), RecipientStatus.ABSENT, null)));
        absent.addClassName("action-absent");
        absent.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button onBehalf = new Button(getTranslation("ceremony.action.onBehalf"), e -> askWho(award.getAsLong(), device, send));
        onBehalf.addClassName("action-on-behalf");
        add(present, absent, onBehalf);
    }

    /** Enables what makes sense in {@code state}; unchanged buttons are left alone. */
    void update(RecipientState state) {
        boolean canCheckIn = !state.checkedIn() || state.status().isAway();
        if (present.isEnabled() != canCheckIn) {
            present.setEnabled(canCheckIn);
        }
        boolean canBeAbsent = state.status() != RecipientStatus.ABSENT;
        if (absent.isEnabled() != canBeAbsent) {
            absent.setEnabled(canBeAbsent);
        }
    }

    private void askWho(long award, String device, Consumer<LongFunction<CeremonyCommand>> send) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ceremony.action.onBehalf"));
        TextField who = new TextField(getTranslation("ceremony.onBehalf.who"));
        who.setId("on-behalf-name");
        who.setWidthFull();
        Button save = new Button(getTranslation("ceremony.confirm"), e -> {
            send.accept(v -> new CeremonyCommand.SetStatus(v, device, award, RecipientStatus.RECEIVED_ON_BEHALF,
                    who.getValue()));
            dialog.close();
        });
        save.setId("on-behalf-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("ceremony.cancel"), e -> dialog.close());
        dialog.add(who);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        who.focus();
    }
}
