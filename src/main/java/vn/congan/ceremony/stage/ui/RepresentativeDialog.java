package vn.congan.ceremony.stage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.stage.StageEntry;
import vn.congan.ceremony.stage.StageOrderService;

/** Names who goes on stage for a collective: one of the unit's people, or free text. */
class RepresentativeDialog extends Dialog {

    final ComboBox<Person> person = new ComboBox<>();
    final TextField text = new TextField();

    RepresentativeDialog(StageEntry entry, List<Person> people, BiConsumer<Long, String> save) {
        setHeaderTitle(getTranslation("stage.representative.title", entry.label()));
        setId("representative-dialog");
        person.setLabel(getTranslation("stage.representative.person"));
        person.setItems(people);
        person.setItemLabelGenerator(p -> p.getPosition() == null ? p.getRankAndName()
                : p.getRankAndName() + ", " + p.getPosition());
        person.setClearButtonVisible(true);
        person.setWidth("26em");
        people.stream().filter(p -> p.getId().equals(entry.representativePersonId())).findFirst()
                .ifPresent(person::setValue);
        text.setMaxLength(StageOrderService.MAX_TEXT_LENGTH);
        text.setLabel(getTranslation("stage.representative.text"));
        text.setHelperText(getTranslation("stage.representative.textHelp"));
        text.setValue(entry.representativeText() == null ? "" : entry.representativeText());
        text.setWidth("26em");
        person.addValueChangeListener(e -> text.setEnabled(e.getValue() == null));
        text.setEnabled(person.getValue() == null);
        add(person, text);
        Button ok = new Button(getTranslation("stage.save"), e -> {
            save.accept(person.getValue() == null ? null : person.getValue().getId(), text.getValue());
            close();
        });
        ok.setId("representative-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("stage.cancel"), e -> close()), ok);
    }
}
