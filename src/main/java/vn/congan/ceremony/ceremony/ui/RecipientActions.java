package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.springframework.web.util.HtmlUtils;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.RecipientState;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.ceremony.StaleCommandException;
import vn.congan.ceremony.ui.Confirm;

/**
 * The buttons beside a recipient backstage and at the door: present, absent, received on
 * behalf of (asks who). Each sends one command through the owning view, for the award the
 * buttons were made for: a row handed another recipient gets new buttons, so a tap on the
 * old ones (the browser had not redrawn yet) never acts on the person the row shows now.
 * The browser drops a tap on a removed button; should one still arrive, it is refused as stale.
 */
final class RecipientActions extends Div {

    // Plain <button> elements: a backstage page holds thirty rows of three, and a batch change gives
    // a column new ones (see LiveRecipientRow); native buttons cost a fraction of vaadin-button to
    // create and to push, and are styled in styles.css (block "ceremony") with 48 px targets.
    private final NativeButton present;
    private final NativeButton absent;
    /** Made when first needed (while the batch is called), then shown or hidden. */
    private NativeButton onStage;
    private final String device;
    private final Consumer<LongFunction<CeremonyCommand>> send;

    private final long award;
    private RecipientStatus shownStatus;

    RecipientActions(long award, String device, Consumer<LongFunction<CeremonyCommand>> send) {
        this.award = award;
        this.device = device;
        this.send = send;
        addClassName("ceremony-actions");
        getElement().setAttribute("data-award", Long.toString(award));
        present = button("ceremony.action.present",
                e -> sendIfShown(send, v -> new CeremonyCommand.CheckIn(v, device, award)));
        present.addClassName("action-present");
        absent = button("ceremony.action.absent",
                e -> {
                    LongFunction<CeremonyCommand> markAbsent =
                            v -> new CeremonyCommand.SetStatus(v, device, award, RecipientStatus.ABSENT, null);
                    if (isAttached() && shownStatus == RecipientStatus.RECEIVED) {
                        confirmAbsent(() -> sendIfShown(send, markAbsent));
                    } else {
                        sendIfShown(send, markAbsent);
                    }
                });
        absent.addClassName("action-absent");
        NativeButton onBehalf = button("ceremony.action.onBehalf", e -> {
            if (isAttached()) {
                askWho(award, device, send);
            } else {
                sendIfShown(send, null);
            }
        });
        onBehalf.addClassName("action-on-behalf");
        add(present, absent, onBehalf);
    }

    /** Shown while the MC calls the batch: the usher confirms the person has reached the stage. */
    private NativeButton onStage() {
        if (onStage == null) {
            onStage = button("ceremony.action.onStage", e -> sendIfShown(send,
                    v -> new CeremonyCommand.SetStatus(v, device, award, RecipientStatus.ON_STAGE, null)));
            onStage.addClassName("action-on-stage");
            addComponentAsFirst(onStage);
        }
        return onStage;
    }

    long award() {
        return award;
    }

    /**
     * A button labelled with the translation of {@code key}, set as the element's content rather
     * than as a child text node: one node less per button to create, hold and push (a batch coming
     * up gets new buttons on every row).
     */
    private NativeButton button(String key, ComponentEventListener<ClickEvent<NativeButton>> listener) {
        NativeButton button = new NativeButton();
        button.getElement().setProperty("innerHTML", HtmlUtils.htmlEscape(getTranslation(key)));
        button.addClickListener(listener);
        return button;
    }

    /** Sends {@code command} while these buttons are on the page; refuses it as stale once replaced. */
    private void sendIfShown(Consumer<LongFunction<CeremonyCommand>> send, LongFunction<CeremonyCommand> command) {
        if (command != null && isAttached()) {
            send.accept(command);
        } else {
            send.accept(v -> {
                throw new StaleCommandException(v, -1);
            });
        }
    }

    /** Enables what makes sense in {@code state}; unchanged buttons are left alone. */
    void update(RecipientState state) {
        shownStatus = state.status();
        boolean canCheckIn = !state.checkedIn() || state.status().isAway();
        if (present.isEnabled() != canCheckIn) {
            present.setEnabled(canCheckIn);
        }
        boolean called = state.status() == RecipientStatus.CALLED;
        if (called ? !onStage().isVisible() : onStage != null && onStage.isVisible()) {
            onStage.setVisible(called);
        }
        boolean canBeAbsent = state.status() != RecipientStatus.ABSENT;
        if (absent.isEnabled() != canBeAbsent) {
            absent.setEnabled(canBeAbsent);
        }
    }

    /** "Vắng" on someone who has already received the award: asked first, it is rarely meant. */
    private void confirmAbsent(Runnable markAbsent) {
        Confirm.ask("absent-received-confirm", getTranslation("ceremony.absentReceived.title"),
                getTranslation("ceremony.absentReceived.text"), getTranslation("ceremony.action.absent"), true,
                markAbsent).addClassName("ceremony-dialog");
    }

    private void askWho(long award, String device, Consumer<LongFunction<CeremonyCommand>> send) {
        Dialog dialog = new Dialog();
        dialog.addClassName("ceremony-dialog");
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
