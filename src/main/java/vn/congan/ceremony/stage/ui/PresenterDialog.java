package vn.congan.ceremony.stage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageOrderService;

/** Chooses the delegate who hands over a batch and, optionally, the authority ("thừa ủy quyền ..."). */
class PresenterDialog extends Dialog {

    final ComboBox<Delegate> presenter = new ComboBox<>();
    final TextField onAuthorityOf = new TextField();

    PresenterDialog(StageBatch batch, List<Delegate> delegates, BiConsumer<Long, String> save) {
        setHeaderTitle(getTranslation("stage.presenter.title", batch.number()));
        setId("presenter-dialog");
        presenter.setLabel(getTranslation("stage.presenter.delegate"));
        presenter.setItems(delegates);
        presenter.setItemLabelGenerator(Delegate::getRankAndName);
        presenter.setClearButtonVisible(true);
        presenter.setWidth("24em");
        delegates.stream().filter(d -> d.getId().equals(batch.presenterId())).findFirst().ifPresent(presenter::setValue);
        onAuthorityOf.setMaxLength(StageOrderService.MAX_TEXT_LENGTH);
        onAuthorityOf.setLabel(getTranslation("stage.presenter.onAuthorityOf"));
        onAuthorityOf.setHelperText(getTranslation("stage.presenter.onAuthorityOfHelp"));
        onAuthorityOf.setValue(batch.onAuthorityOf() == null ? "" : batch.onAuthorityOf());
        onAuthorityOf.setWidth("24em");
        add(presenter, onAuthorityOf);
        Button ok = new Button(getTranslation("stage.save"), e -> {
            save.accept(presenter.getValue() == null ? null : presenter.getValue().getId(), onAuthorityOf.getValue());
            close();
        });
        ok.setId("presenter-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("stage.cancel"), e -> close()), ok);
    }
}
