package vn.congan.ceremony.conference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.AgendaItemType;
import vn.congan.ceremony.conference.Delegate;

/**
 * The add/edit form of one agenda item: type, title, who is responsible (a delegate or free
 * text), duration, optional fixed start and the notes for the MC. Every change of duration
 * or fixed start is reported at once so the page can preview the times.
 */
class AgendaItemForm extends FormLayout {

    /** What the form asks of its page. */
    interface Actions {
        void save(AgendaItem item);

        void remove(AgendaItem item);

        void cancel();

        void preview(AgendaItem edited, String title, Integer durationMinutes, LocalTime fixedStart);
    }

    final Select<AgendaItemType> type = new Select<>();
    final TextField title = new TextField();
    final ComboBox<Delegate> delegate = new ComboBox<>();
    final TextField responsibleText = new TextField();
    final IntegerField duration = new IntegerField();
    final TimePicker fixedStart = new TimePicker();
    final TextArea mcNotes = new TextArea();
    final Span preview = new Span();
    /** What the schedule says of this item as edited (a fixed start the items before overrun): next to the form. */
    final Div previewWarnings = new Div();
    final Button save = new Button();
    final Button remove = new Button();
    final Button cancel = new Button();
    private final Binder<AgendaItem> binder = new Binder<>();
    private final Actions actions;
    private AgendaItem item;

    AgendaItemForm(Actions actions) {
        this.actions = actions;
        addClassName("agenda-item-form");
        type.setLabel(getTranslation("agenda.col.type"));
        type.setItems(AgendaItemType.values());
        type.setItemLabelGenerator(t -> getTranslation("agenda.type." + t.name()));
        title.setLabel(getTranslation("agenda.col.title"));
        delegate.setLabel(getTranslation("agenda.field.delegate"));
        delegate.setItemLabelGenerator(Delegate::getRankAndName);
        delegate.setClearButtonVisible(true);
        responsibleText.setLabel(getTranslation("agenda.field.responsibleText"));
        duration.setLabel(getTranslation("agenda.field.duration"));
        duration.setMin(0);
        duration.setStepButtonsVisible(true);
        duration.setStep(5);
        fixedStart.setLabel(getTranslation("agenda.col.fixedStart"));
        fixedStart.setStep(Duration.ofMinutes(5));
        fixedStart.setClearButtonVisible(true);
        mcNotes.setLabel(getTranslation("agenda.field.mcNotes"));
        preview.addClassName("agenda-preview");
        save.setText(getTranslation("agenda.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (item != null && binder.writeBeanIfValid(item)) {
                actions.save(item);
            }
        });
        remove.setText(getTranslation("agenda.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> actions.remove(item));
        cancel.setText(getTranslation("conference.cancel"));
        cancel.addClickListener(e -> actions.cancel());
        duration.addValueChangeListener(e -> preview());
        fixedStart.addValueChangeListener(e -> preview());
        title.addValueChangeListener(e -> preview()); // the warnings name the item as typed

        binder.forField(type).asRequired(getTranslation("agenda.error.type"))
                .bind(AgendaItem::getType, AgendaItem::setType);
        binder.forField(title).asRequired(getTranslation("agenda.error.title"))
                .bind(AgendaItem::getTitle, AgendaItem::setTitle);
        binder.forField(delegate).bind(AgendaItem::getResponsibleDelegate, AgendaItem::setResponsibleDelegate);
        binder.forField(responsibleText).bind(i -> i.getResponsibleText() == null ? "" : i.getResponsibleText(),
                AgendaItem::setResponsibleText);
        binder.forField(duration).asRequired(getTranslation("agenda.error.duration"))
                .withValidator(v -> v >= 0, getTranslation("agenda.error.duration"))
                .bind(AgendaItem::getDurationMinutes, AgendaItem::setDurationMinutes);
        binder.forField(fixedStart).bind(AgendaItem::getFixedStart, AgendaItem::setFixedStart);
        binder.forField(mcNotes).bind(i -> i.getMcNotes() == null ? "" : i.getMcNotes(), AgendaItem::setMcNotes);

        HorizontalLayout buttons = new HorizontalLayout(save, remove, cancel);
        previewWarnings.addClassName("agenda-preview-warnings");
        add(type, title, delegate, responsibleText, duration, fixedStart, mcNotes, preview, previewWarnings, buttons);
        setColspan(title, 2);
        setColspan(mcNotes, 2);
        setColspan(preview, 2);
        setColspan(previewWarnings, 2);
        setColspan(buttons, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        setVisible(false);
    }

    void setDelegates(List<Delegate> delegates) {
        delegate.setItems(delegates);
    }

    /** Shows {@code edited} (a new draft or a stored item); null hides the form. */
    void edit(AgendaItem edited) {
        this.item = edited;
        setVisible(edited != null);
        if (edited != null) {
            binder.readBean(edited);
            remove.setVisible(!edited.isNew());
            save.setText(getTranslation(edited.isNew() ? "agenda.addItem" : "agenda.save"));
            preview();
            // below the grid the form is out of sight on a tablet; bring it up
            scrollIntoView();
        }
    }

    AgendaItem item() {
        return item;
    }

    private void preview() {
        if (item != null) {
            actions.preview(item, title.getValue(), duration.getValue(), fixedStart.getValue());
        }
    }
}
