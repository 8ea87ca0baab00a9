package vn.congan.ceremony.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionService;
import vn.congan.ceremony.award.RecipientChange;
import vn.congan.ceremony.award.RecipientKind;
import vn.congan.ceremony.award.RecipientRow;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.ui.UiErrors;

/**
 * Adds a collective or an individual to a decision, or edits one already on it: the
 * achievement sentence overrides the decision's default only when filled in.
 */
public class RecipientDialog extends Dialog {

    private final ComboBox<Unit> unit = new ComboBox<>();
    private final ComboBox<Person> person = new ComboBox<>();
    private final TextArea achievement = new TextArea();
    private final TextField note = new TextField();
    private final TextField registerNumber = new TextField();
    private final TextField representative = new TextField();

    private RecipientDialog(String title, String defaultAchievement) {
        addClassName("recipient-dialog");
        setHeaderTitle(title);
        setWidth("720px");
        achievement.setLabel(getTranslation("award.recipient.achievement"));
        achievement.setId("recipient-achievement");
        achievement.setPlaceholder(defaultAchievement == null ? "" : defaultAchievement);
        achievement.setHelperText(getTranslation("award.recipient.achievementHelp"));
        note.setLabel(getTranslation("award.recipient.note"));
        registerNumber.setLabel(getTranslation("award.recipient.registerNumber"));
        representative.setLabel(getTranslation("award.recipient.representative"));
        unit.setLabel(getTranslation("award.recipient.unit"));
        unit.setId("recipient-unit");
        person.setLabel(getTranslation("award.recipient.person"));
        person.setId("recipient-person");
    }

    /** A new collective or individual for the decision. */
    public static RecipientDialog add(RecipientKind kind, AwardDecision decision, AwardDecisionService service,
            OrganisationService organisation, Consumer<RecipientRow> saved) {
        RecipientDialog dialog = new RecipientDialog("", decision.getDefaultAchievement());
        FormLayout form = new FormLayout();
        if (kind == RecipientKind.COLLECTIVE) {
            dialog.setHeaderTitle(dialog.getTranslation("award.recipient.addCollective"));
            dialog.unit.setItems(organisation.units());
            dialog.unit.setItemLabelGenerator(Unit::getName);
            form.add(dialog.unit, dialog.representative);
        } else {
            dialog.setHeaderTitle(dialog.getTranslation("award.recipient.addIndividual"));
            dialog.person.setItems(query -> organisation.findPeople(query.getFilter().orElse(""),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream());
            dialog.person.setItemLabelGenerator(p -> p.getRankAndName()
                    + (p.getUnit() == null ? "" : " - " + p.getUnit().getName()));
            form.add(dialog.person);
            form.setColspan(dialog.person, 2);
        }
        form.add(dialog.registerNumber, dialog.note, dialog.achievement);
        form.setColspan(dialog.achievement, 2);
        dialog.add(form);
        dialog.footer(() -> {
            RecipientChange change = dialog.change();
            if (kind == RecipientKind.COLLECTIVE) {
                if (dialog.unit.isEmpty()) {
                    throw new UserMessageException("award.error.chooseRecipient");
                }
                return service.addCollective(decision.getId(), dialog.unit.getValue().getId(), change);
            }
            if (dialog.person.isEmpty()) {
                throw new UserMessageException("award.error.chooseRecipient");
            }
            return service.addIndividual(decision.getId(), dialog.person.getValue().getId(), change);
        }, saved);
        return dialog;
    }

    /** The editable parts of a recipient already on the list. */
    public static RecipientDialog edit(RecipientRow row, AwardDecision decision, AwardDecisionService service,
            Consumer<RecipientRow> saved) {
        RecipientDialog dialog = new RecipientDialog(row.displayName(), decision.getDefaultAchievement());
        dialog.achievement.setValue(row.achievement() == null ? "" : row.achievement());
        dialog.note.setValue(row.note() == null ? "" : row.note());
        dialog.registerNumber.setValue(row.registerNumber() == null ? "" : row.registerNumber());
        FormLayout form = new FormLayout();
        if (row.isCollective()) {
            dialog.representative.setValue(row.representative() == null ? "" : row.representative());
            form.add(dialog.representative);
        }
        form.add(dialog.registerNumber, dialog.note, dialog.achievement);
        form.setColspan(dialog.achievement, 2);
        dialog.add(form);
        dialog.footer(() -> service.update(row.awardId(), row.version(), dialog.change()), saved);
        return dialog;
    }

    private RecipientChange change() {
        return new RecipientChange(achievement.getValue(), note.getValue(), registerNumber.getValue(),
                representative.getValue());
    }

    private void footer(Supplier<RecipientRow> action, Consumer<RecipientRow> saved) {
        Button save = new Button(getTranslation("award.save"));
        save.setId("recipient-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            RecipientRow[] result = new RecipientRow[1];
            if (UiErrors.attempt(this, () -> result[0] = action.get())) {
                close();
                saved.accept(result[0]);
            }
        });
        getFooter().add(new Button(getTranslation("award.cancel"), e -> close()), save);
    }
}
