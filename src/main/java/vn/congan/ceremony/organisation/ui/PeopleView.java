package vn.congan.ceremony.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.PersonOrder;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.GridSort;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;

/**
 * People of the portal: search ignoring case and diacritics ("hung" finds "Hùng"), add and
 * edit with the name split into family, middle and given name (adjustable for rare names).
 */
@Route(value = "people", layout = MainLayout.class)
@Menu(title = "nav.people", order = 22, icon = "vaadin:user-card")
@RolesAllowed(Role.Names.ORGANIZER)
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService service;
    private final Grid<Person> grid = new Grid<>();
    private final TextField search = new TextField();
    private final TextField fullName = new TextField();
    private final TextField family = new TextField();
    private final TextField middle = new TextField();
    private final TextField given = new TextField();
    private final Select<Rank> rank = new Select<>();
    private final TextField position = new TextField();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private Person editing;

    public PeopleView(OrganisationService service) {
        this.service = service;
        addClassName("people-view");
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("organisation.people.title")), toolbar(), grid, form());
        edit(null);
    }

    private HorizontalLayout toolbar() {
        search.setId("people-search");
        search.setPlaceholder(getTranslation("organisation.people.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("24em");
        Button add = new Button(getTranslation("organisation.people.add"), VaadinIcon.PLUS.create(), e -> {
            grid.asSingleSelect().clear();
            edit(null);
            fullName.focus();
        });
        add.setId("people-add");
        HorizontalLayout bar = new HorizontalLayout(search, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid() {
        grid.addClassName("people-grid");
        grid.addColumn(Person::getFullName).setHeader(getTranslation("organisation.people.col.name")).setWidth("11em")
                .setFlexGrow(2).setKey("name").setSortProperty(PersonOrder.NAME.name());
        grid.addColumn(p -> p.getRank().label()).setHeader(getTranslation("organisation.people.col.rank"))
                .setWidth("8em").setFlexGrow(1).setKey("rank").setSortProperty(PersonOrder.RANK.name());
        grid.addColumn(p -> p.getPosition() == null ? "" : p.getPosition())
                .setHeader(getTranslation("organisation.people.col.position")).setWidth("9em").setFlexGrow(2)
                .setKey("position");
        grid.addColumn(p -> p.getUnit() == null ? "" : p.getUnit().getName())
                .setHeader(getTranslation("organisation.people.col.unit")).setWidth("11em").setFlexGrow(3)
                .setKey("unit").setSortProperty(PersonOrder.UNIT.name());
        grid.getColumns().forEach(column -> column.setResizable(true));
        // Long positions and unit names wrap instead of being cut on a 1024 px tablet.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> {
            GridSort<PersonOrder> sort = GridSort.of(query, PersonOrder.class, PersonOrder.NAME);
            return service.findPeople(search.getValue(), sort.order(), sort.descending(), query.getPage(),
                    query.getPageSize()).stream();
        }, query -> (int) service.countPeople(search.getValue()));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        setFlexGrow(1, grid);
    }

    private FormLayout form() {
        fullName.setLabel(getTranslation("organisation.people.col.name"));
        fullName.setId("person-full-name");
        fullName.setValueChangeMode(ValueChangeMode.EAGER);
        fullName.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showSplit(PersonName.parse(e.getValue()));
            }
        });
        family.setLabel(getTranslation("organisation.people.family"));
        family.setId("person-family");
        middle.setLabel(getTranslation("organisation.people.middle"));
        middle.setId("person-middle");
        given.setLabel(getTranslation("organisation.people.given"));
        given.setId("person-given");
        rank.setLabel(getTranslation("organisation.people.col.rank"));
        rank.setItems(Rank.values());
        rank.setItemLabelGenerator(r -> r == Rank.NONE ? getTranslation("organisation.rank.none") : r.label());
        position.setLabel(getTranslation("organisation.people.col.position"));
        unit.setLabel(getTranslation("organisation.people.col.unit"));
        unit.setItems(service.units());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setClearButtonVisible(true);
        Button save = new Button(getTranslation("award.save"), e -> save());
        save.setId("person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(fullName, family, middle, given, rank, position, unit, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 4));
        form.setColspan(unit, 2);
        return form;
    }

    private void showSplit(PersonName name) {
        family.setValue(name.family());
        middle.setValue(name.middle());
        given.setValue(name.given());
    }

    private void edit(Person person) {
        editing = person;
        fullName.setValue(person == null ? "" : person.getFullName());
        showSplit(person == null ? PersonName.parse("") : person.getName());
        rank.setValue(person == null ? Rank.NONE : person.getRank());
        position.setValue(person == null || person.getPosition() == null ? "" : person.getPosition());
        unit.setValue(person == null || person.getUnit() == null ? null
                : unit.getListDataView().getItems().filter(u -> u.getId().equals(person.getUnit().getId()))
                        .findFirst().orElse(null));
    }

    private void save() {
        PersonName name = new PersonName(family.getValue(), middle.getValue(), given.getValue());
        Long id = editing == null ? null : editing.getId();
        long version = editing == null ? 0 : editing.getVersion();
        Person[] saved = new Person[1];
        if (UiErrors.attempt(this, () -> saved[0] = service.savePerson(id, version, name, rank.getValue(),
                position.getValue(), unit.getValue() == null ? null : unit.getValue().getId()))) {
            UiErrors.success(getTranslation("organisation.people.saved", saved[0].getFullName()));
            grid.getDataProvider().refreshAll();
            grid.asSingleSelect().clear();
            edit(null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.people.title") + " | " + getTranslation("app.title");
    }
}
