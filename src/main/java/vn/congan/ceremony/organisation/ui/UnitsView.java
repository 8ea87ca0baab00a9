package vn.congan.ceremony.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;
import java.util.Comparator;
import vn.congan.ceremony.common.text.VietnameseCollation;

/** The department's units in official order: move up and down, add, rename, remove when unused. */
@Route(value = "units", layout = MainLayout.class)
@Menu(title = "nav.units", order = 21, icon = "vaadin:sitemap")
@RolesAllowed(Role.Names.ORGANIZER)
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService service;
    private final Grid<Unit> grid = new Grid<>();
    private final TextField name = new TextField();
    private final TextField shortCode = new TextField();
    private final ComboBox<Unit> parent = new ComboBox<>();
    private Unit editing;
    private List<Unit> ordered = List.of();

    public UnitsView(OrganisationService service) {
        this.service = service;
        addClassName("units-view");
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("organisation.units.title")), toolbar(), grid, form());
        refresh(null);
        edit(null);
    }

    private void configureGrid() {
        grid.addClassName("unit-grid");
        grid.addColumn(u -> position(u)).setHeader(getTranslation("organisation.units.col.order"))
                .setWidth("80px").setFlexGrow(0).setKey("order")
                .setComparator(Comparator.comparingInt(Unit::getOfficialOrder));
        grid.addColumn(Unit::getName).setHeader(getTranslation("organisation.units.col.name")).setFlexGrow(4)
                .setKey("name").setComparator(Comparator.comparing(Unit::getName, VietnameseCollation.comparator()));
        grid.addColumn(u -> u.getParent() == null ? "" : u.getParent().getName())
                .setHeader(getTranslation("organisation.units.col.parent")).setFlexGrow(2).setKey("parent")
                .setComparator(Comparator.comparingInt(u -> u.getParent() == null ? u.getOfficialOrder()
                        : u.getParent().getOfficialOrder()));
        grid.addColumn(u -> u.getShortCode() == null ? "" : u.getShortCode())
                .setHeader(getTranslation("organisation.units.col.shortCode")).setKey("shortCode")
                .setWidth("7em").setFlexGrow(0)
                .setComparator(Comparator.comparing(u -> u.getShortCode() == null ? "" : u.getShortCode(),
                        VietnameseCollation.comparator()));
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setClassNameGenerator(u -> u.getParent() == null ? null : "sub-unit");
        // Long unit names ("Đội ... - Phòng ...") wrap instead of being cut on a 1024 px tablet.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        setFlexGrow(1, grid);
    }

    private HorizontalLayout toolbar() {
        Button up = new Button(getTranslation("organisation.units.up"), VaadinIcon.ARROW_UP.create(), e -> move(-1));
        up.setId("unit-up");
        Button down = new Button(getTranslation("organisation.units.down"), VaadinIcon.ARROW_DOWN.create(),
                e -> move(1));
        down.setId("unit-down");
        Button add = new Button(getTranslation("organisation.units.add"), VaadinIcon.PLUS.create(), e -> {
            grid.asSingleSelect().clear();
            edit(null);
            name.focus();
        });
        add.setId("unit-add");
        Button remove = new Button(getTranslation("organisation.units.remove"), VaadinIcon.TRASH.create(),
                e -> remove());
        remove.setId("unit-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(up, down, add, remove);
    }

    private FormLayout form() {
        name.setLabel(getTranslation("organisation.units.col.name"));
        name.setId("unit-name");
        shortCode.setLabel(getTranslation("organisation.units.col.shortCode"));
        shortCode.setId("unit-short-code");
        parent.setLabel(getTranslation("organisation.units.col.parent"));
        parent.setId("unit-parent");
        parent.setItemLabelGenerator(Unit::getName);
        parent.setPlaceholder(getTranslation("organisation.units.parent.none"));
        parent.setClearButtonVisible(true);
        Button save = new Button(getTranslation("award.save"), e -> save());
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, parent, shortCode, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 4));
        return form;
    }

    /** The unit's place in the official order, whatever column the grid is sorted by. */
    private int position(Unit unit) {
        return ordered.indexOf(unit) + 1;
    }

    private void move(int direction) {
        Unit selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            UiErrors.error(getTranslation("organisation.units.selectFirst"));
            return;
        }
        UiErrors.attempt(this, () -> service.moveUnit(selected.getId(), direction));
        refresh(selected.getId());
    }

    private void save() {
        Long id = editing == null ? null : editing.getId();
        Unit[] saved = new Unit[1];
        Long parentId = parent.getValue() == null ? null : parent.getValue().getId();
        if (UiErrors.attempt(this,
                () -> saved[0] = service.saveUnit(id, name.getValue(), shortCode.getValue(), parentId))) {
            UiErrors.success(getTranslation("organisation.units.saved"));
            refresh(saved[0].getId());
        }
    }

    private void remove() {
        Unit selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            UiErrors.error(getTranslation("organisation.units.selectFirst"));
            return;
        }
        if (UiErrors.attempt(this, () -> service.removeUnit(selected.getId()))) {
            UiErrors.success(getTranslation("organisation.units.removed", selected.getName()));
            refresh(null);
        }
    }

    private void refresh(Long select) {
        List<Unit> units = service.units();
        ordered = units;
        grid.setItems(units);
        parent.setItems(units);
        units.stream().filter(u -> u.getId().equals(select)).findFirst().ifPresentOrElse(u -> {
            grid.select(u);
            grid.scrollToItem(u);
        }, () -> edit(null));
    }

    private void edit(Unit unit) {
        editing = unit;
        name.setValue(unit == null ? "" : unit.getName());
        shortCode.setValue(unit == null || unit.getShortCode() == null ? "" : unit.getShortCode());
        parent.setValue(unit == null || unit.getParent() == null ? null
                : parent.getListDataView().getItems().filter(u -> u.getId().equals(unit.getParent().getId()))
                        .findFirst().orElse(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.units.title") + " | " + getTranslation("app.title");
    }
}
