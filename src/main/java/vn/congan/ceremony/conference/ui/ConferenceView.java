package vn.congan.ceremony.conference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.Movement;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.Confirm;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;

/**
 * The details of a conference: title, movement, date, start, planned end, venue, chair and
 * organiser unit; several conferences, one of them current. Organizers edit, others read.
 */
@Route(value = "conference", layout = MainLayout.class)
@Menu(title = "nav.conference", order = 10, icon = "vaadin:calendar")
@PermitAll
public class ConferenceView extends VerticalLayout implements HasDynamicTitle {

    private final ConferenceService service;
    private final boolean canEdit;
    private final Select<Conference> chooser = new Select<>();
    private final Span currentBadge = new Span();
    private final TextField title = new TextField();
    private final ComboBox<Movement> movement = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker start = new TimePicker();
    private final TimePicker plannedEnd = new TimePicker();
    private final TextField venue = new TextField();
    private final ComboBox<Person> chair = new ComboBox<>();
    private final ComboBox<Unit> organiser = new ComboBox<>();
    private final Checkbox localGovernmentFirst = new Checkbox();
    private final Button save = new Button();
    private final Button makeCurrent = new Button();
    private final Button delete = new Button();
    private final Binder<Conference> binder = new Binder<>();
    private Conference editing;

    public ConferenceView(ConferenceService service, AuthenticationContext authentication) {
        this.service = service;
        this.canEdit = authentication.hasRole(Role.Names.ORGANIZER);
        addClassName("conference-view");
        add(new H2(getTranslation("conference.title")), toolbar(), form());
        configureBinder();
        reload(service.current().map(Conference::getId).orElse(null));
    }

    private HorizontalLayout toolbar() {
        chooser.setLabel(getTranslation("conference.choose"));
        chooser.setItemLabelGenerator(c -> c.getTitle() + " (" + DateLine.shortDate(c.getDate()) + ")");
        chooser.setWidth("32em");
        chooser.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                reload(e.getValue().getId());
            }
        });
        currentBadge.setText(getTranslation("conference.isCurrent"));
        currentBadge.getElement().getThemeList().add("badge success");
        Button create = new Button(getTranslation("conference.new"), e -> openCreateDialog());
        makeCurrent.setText(getTranslation("conference.makeCurrent"));
        makeCurrent.addClickListener(e -> {
            if (PlanningEdits.attempt(this, () -> service.makeCurrent(editing), () -> reload(editing.getId()))) {
                UiErrors.success(getTranslation("conference.madeCurrent"));
                reload(editing.getId());
            }
        });
        delete.setText(getTranslation("conference.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        create.setVisible(canEdit);
        makeCurrent.setVisible(canEdit);
        delete.setVisible(canEdit);
        HorizontalLayout bar = new HorizontalLayout(chooser, currentBadge, create, makeCurrent, delete);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    /** Deleting a conference takes its agenda and delegates with it: say so and ask first. */
    private void confirmDelete() {
        Conference doomed = editing;
        String parts = service.partsDeletedWith(doomed).stream()
                .map(p -> getTranslation(p.key(), p.arguments())).collect(Collectors.joining(", "));
        Confirm.ask("conference-delete-confirm", getTranslation("conference.delete.title"),
                getTranslation("conference.delete.text", doomed.getTitle(), parts), getTranslation("conference.delete"),
                true, () -> {
                    if (PlanningEdits.attempt(this, () -> service.delete(doomed), () -> reload(doomed.getId()))) {
                        UiErrors.success(getTranslation("conference.deleted"));
                        reload(service.current().map(Conference::getId).orElse(null));
                    }
                });
    }

    private FormLayout form() {
        title.setLabel(getTranslation("conference.field.title"));
        movement.setLabel(getTranslation("conference.field.movement"));
        movement.setItems(service.movements());
        movement.setItemLabelGenerator(Movement::getName);
        movement.setClearButtonVisible(true);
        date.setLabel(getTranslation("conference.field.date"));
        date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
        start.setLabel(getTranslation("conference.field.start"));
        start.setStep(Duration.ofMinutes(5));
        plannedEnd.setLabel(getTranslation("conference.field.plannedEnd"));
        plannedEnd.setStep(Duration.ofMinutes(5));
        plannedEnd.setClearButtonVisible(true);
        venue.setLabel(getTranslation("conference.field.venue"));
        chair.setLabel(getTranslation("conference.field.chair"));
        chair.setItems(q -> service.findPeople(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> service.countPeople(q.getFilter().orElse("")));
        chair.setItemLabelGenerator(PersonLabels::withPosition);
        chair.setClearButtonVisible(true);
        organiser.setLabel(getTranslation("conference.field.organiser"));
        organiser.setItems(service.units());
        organiser.setItemLabelGenerator(Unit::getName);
        organiser.setClearButtonVisible(true);
        save.setText(getTranslation("conference.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(canEdit);
        localGovernmentFirst.setLabel(getTranslation("conference.field.localGovernmentFirst"));
        localGovernmentFirst.setId("conference-local-government-first");
        localGovernmentFirst.setTooltipText(getTranslation("conference.field.localGovernmentFirst.help"));
        FormLayout form = new FormLayout(title, movement, date, start, plannedEnd, venue, chair, organiser,
                localGovernmentFirst, save);
        form.setColspan(title, 2);
        form.setColspan(localGovernmentFirst, 2);
        form.setColspan(movement, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setMaxWidth("60em");
        return form;
    }

    private void configureBinder() {
        binder.forField(title).asRequired(getTranslation("conference.error.title"))
                .bind(Conference::getTitle, Conference::setTitle);
        binder.forField(movement).bind(Conference::getMovement, Conference::setMovement);
        binder.forField(date).asRequired(getTranslation("conference.error.when"))
                .bind(Conference::getDate, Conference::setDate);
        binder.forField(start).asRequired(getTranslation("conference.error.when"))
                .bind(Conference::getStartTime, Conference::setStartTime);
        // marked on the field itself before saving (the service refuses the same)
        binder.forField(plannedEnd)
                .withValidator(end -> end == null || start.getValue() == null || end.isAfter(start.getValue()),
                        getTranslation("conference.error.plannedEnd"))
                .bind(Conference::getPlannedEndTime, Conference::setPlannedEndTime);
        binder.forField(venue).bind(c -> c.getVenue() == null ? "" : c.getVenue(), Conference::setVenue);
        binder.forField(chair).bind(Conference::getChair, Conference::setChair);
        binder.forField(organiser).bind(Conference::getOrganiserUnit, Conference::setOrganiserUnit);
        binder.forField(localGovernmentFirst).bind(Conference::isLocalGovernmentFirst,
                Conference::setLocalGovernmentFirst);
        binder.setReadOnly(!canEdit);
    }

    private void save() {
        if (editing == null || !binder.writeBeanIfValid(editing)) {
            return;
        }
        if (PlanningEdits.attempt(this, () -> service.save(editing), () -> reload(editing.getId()))) {
            UiErrors.success(getTranslation("conference.saved"));
            reload(editing.getId());
        }
    }

    /** Shows the stored state of conference {@code id} (the current one when null). */
    void reload(Long id) {
        List<Conference> all = service.findAll();
        chooser.setItems(all);
        editing = id == null ? null : service.load(id).orElse(null);
        chooser.setValue(editing == null ? null : all.stream().filter(c -> c.getId().equals(editing.getId()))
                .findFirst().orElse(null));
        if (editing != null) {
            binder.readBean(editing);
        }
        binder.setReadOnly(!canEdit || editing == null);
        currentBadge.setVisible(editing != null && editing.isCurrent());
        makeCurrent.setEnabled(editing != null && !editing.isCurrent());
        delete.setEnabled(editing != null && !editing.isCurrent());
        save.setEnabled(editing != null);
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("conference.new"));
        TextField newTitle = new TextField(getTranslation("conference.field.title"));
        newTitle.setWidthFull();
        DatePicker newDate = new DatePicker(getTranslation("conference.field.date"), LocalDate.now());
        newDate.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
        TimePicker newStart = new TimePicker(getTranslation("conference.field.start"), LocalTime.of(7, 30));
        newStart.setStep(Duration.ofMinutes(5));
        Span hint = new Span(getTranslation("conference.new.hint"));
        dialog.add(new VerticalLayout(newTitle, new HorizontalLayout(newDate, newStart), hint));
        Button create = new Button(getTranslation("conference.create"), e -> {
            Conference[] created = new Conference[1];
            if (UiErrors.attempt(this, () -> created[0] = service.create(newTitle.getValue(), newDate.getValue(),
                    newStart.getValue()))) {
                dialog.close();
                UiErrors.success(getTranslation("conference.saved"));
                reload(created[0].getId());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("conference.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conference.title") + " | " + getTranslation("app.title");
    }
}
