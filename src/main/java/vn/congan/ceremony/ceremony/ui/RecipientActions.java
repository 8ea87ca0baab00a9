package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientStatus;

/**
 * The buttons beside a recipient backstage and at the door: present, absent, received on
 * behalf of (asks who). Each sends one command through the owning view.
 */
final class RecipientActions extends Div {

    RecipientActions(LiveCeremony.LiveRecipient r, String device, Consumer<LongFunction<CeremonyCommand>> send,
            boolean withAbsence) {
        addClassName("ceremony-actions");
        long award = r.awardId();
        Button present = new Button(getTranslation("ceremony.action.present"),
                e -> send.accept(v -> new CeremonyCommand.CheckIn(v, device, award)));
        present.addClassName("action-present");
        present.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        present.setEnabled(!r.state().checkedIn() || r.state().status().isAway());
        add(present);
        if (withAbsence) {
            Button absent = new Button(getTranslation("ceremony.action.absent"),
                    e -> send.accept(v -> new CeremonyCommand.SetStatus(v, device, award, RecipientStatus.ABSENT, null)));
            absent.addClassName("action-absent");
            absent.addThemeVariants(ButtonVariant.LUMO_ERROR);
            absent.setEnabled(r.state().status() != RecipientStatus.ABSENT);
            Button onBehalf = new Button(getTranslation("ceremony.action.onBehalf"), e -> askWho(award, device, send));
            onBehalf.addClassName("action-on-behalf");
            add(absent, onBehalf);
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
