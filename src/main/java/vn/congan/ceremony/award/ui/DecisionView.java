package vn.congan.ceremony.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionService;
import vn.congan.ceremony.award.RecipientFilter;
import vn.congan.ceremony.award.RecipientKind;
import vn.congan.ceremony.award.RecipientListExport;
import vn.congan.ceremony.award.RecipientOrder;
import vn.congan.ceremony.award.RecipientRow;
import vn.congan.ceremony.award.importer.RecipientImportService;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.Confirm;
import vn.congan.ceremony.ui.GridSort;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;
import vn.congan.ceremony.ui.Downloads;

/**
 * One award decision: its header, and its list of recipients (lazily loaded, filtered by
 * kind and by name or unit) with add, edit, remove, import and export.
 */
@Route(value = "decision", layout = MainLayout.class)
@RolesAllowed(Role.Names.ORGANIZER)
public class DecisionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AwardDecisionService service;
    private final RecipientImportService importer;
    private final OrganisationService organisation;
    private final RecipientListExport export;
    private final Grid<RecipientRow> grid = new Grid<>();
    private final Select<RecipientKind> kind = new Select<>();
    private final TextField search = new TextField();
    private AwardDecision decision;
    private RecipientFilter filter = RecipientFilter.ALL;
    private Grid.Column<RecipientRow> kindColumn;
    private Grid.Column<RecipientRow> unitColumn;

    public DecisionView(AwardDecisionService service, RecipientImportService importer,
            OrganisationService organisation, RecipientListExport export) {
        this.service = service;
        this.importer = importer;
        this.organisation = organisation;
        this.export = export;
        addClassName("decision-view");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            decision = service.decision(id);
        } catch (UserMessageException e) {
            UiErrors.show(this, e);
            add(new H2(getTranslation("error.gone")));
            return;
        }
        H2 title = new H2(decision.getForm().getName() + " - " + decision.getNumber());
        title.setId("decision-title");
        add(title, header(), new H3(getTranslation("award.recipients.title")), toolbar(), grid);
        configureGrid();
    }

    private VerticalLayout header() {
        DecisionForm form = new DecisionForm(service.forms());
        form.read(decision);
        Button save = new Button(getTranslation("award.save"), e -> {
            if (!form.write(decision)) {
                return;
            }
            if (UiErrors.attempt(this, () -> decision = service.save(decision))) {
                UiErrors.success(getTranslation("award.decision.saved"));
                grid.getDataProvider().refreshAll();
            } else {
                decision = service.decision(decision.getId());
                form.read(decision);
            }
        });
        save.setId("decision-save");
        Button delete = new Button(getTranslation("award.decision.delete"), e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        VerticalLayout header = new VerticalLayout(form, new HorizontalLayout(save, delete));
        header.setPadding(false);
        return header;
    }

    private HorizontalLayout toolbar() {
        kind.setItems(RecipientKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("award.recipients.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("award.recipients.allKinds")
                : getTranslation(k.messageKey()));
        kind.setId("recipient-kind");
        kind.setWidth("15em");
        kind.addValueChangeListener(e -> applyFilter());
        search.setPlaceholder(getTranslation("award.recipients.search"));
        search.setId("recipient-search");
        search.setWidth("16em");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());

        Button addUnit = new Button(getTranslation("award.recipient.addCollective"), VaadinIcon.PLUS.create(),
                e -> RecipientDialog.add(RecipientKind.COLLECTIVE, decision, service, organisation, r -> added()).open());
        addUnit.setId("recipient-add-collective");
        Button addPerson = new Button(getTranslation("award.recipient.addIndividual"), VaadinIcon.PLUS.create(),
                e -> RecipientDialog.add(RecipientKind.INDIVIDUAL, decision, service, organisation, r -> added()).open());
        addPerson.setId("recipient-add-individual");
        Button edit = new Button(getTranslation("award.recipient.edit"), VaadinIcon.EDIT.create(), e -> edit());
        edit.setId("recipient-edit");
        Button remove = new Button(getTranslation("award.recipient.remove"), VaadinIcon.TRASH.create(), e -> remove());
        remove.setId("recipient-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button importButton = new Button(getTranslation("award.import.open"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(importer, decision, this::added).open());
        importButton.setId("recipient-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Long id = decision.getId();
        Anchor xlsx = Downloads.file("export-xlsx", getTranslation("award.export.xlsx"),
                () -> RecipientListExport.fileName(decision.getNumber(), "xlsx"), Downloads.XLSX, () -> export.xlsx(id));
        Anchor pdf = Downloads.file("export-pdf", getTranslation("award.export.pdf"),
                () -> RecipientListExport.fileName(decision.getNumber(), "pdf"), Downloads.PDF, () -> export.pdf(id));
        HorizontalLayout bar = new HorizontalLayout(kind, search, addUnit, addPerson, edit, remove, importButton, xlsx,
                pdf);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    /**
     * Readable on a 1024 px tablet beside the menu: the name wraps and carries a detail line (an
     * individual's position, a collective's representative) instead of a position column that is
     * empty for collectives; the unit wraps and is hidden while only collectives are listed.
     */
    private void configureGrid() {
        grid.removeAllColumns();
        grid.addClassName("recipient-grid");
        grid.addColumn(RecipientRow::listOrder).setHeader(getTranslation("award.recipients.col.order"))
                .setWidth("64px").setFlexGrow(0).setKey("order").setSortProperty(RecipientOrder.LIST.name());
        kindColumn = grid.addColumn(r -> getTranslation(r.kind().messageKey()))
                .setHeader(getTranslation("award.import.col.kind")).setWidth("84px").setFlexGrow(0).setKey("kind");
        grid.addColumn(LitRenderer.<RecipientRow>of("<div class=\"grid-cell-wrap\">${item.name}"
                        + "<div class=\"grid-cell-detail\">${item.detail}</div></div>")
                        .withProperty("name", RecipientRow::displayName)
                        .withProperty("detail", this::detailLine))
                .setHeader(getTranslation("award.import.col.name")).setWidth("11em").setFlexGrow(3)
                .setKey("name").setSortProperty(RecipientOrder.NAME.name());
        unitColumn = grid.addColumn(LitRenderer.<RecipientRow>of("<div class=\"grid-cell-wrap\">${item.unit}</div>")
                        .withProperty("unit", r -> r.unitName() == null ? "" : r.unitName()))
                .setHeader(getTranslation("award.import.col.unit")).setWidth("10em").setFlexGrow(3)
                .setKey("unit").setSortProperty(RecipientOrder.UNIT.name());
        grid.addColumn(LitRenderer.<RecipientRow>of("<div class=\"grid-cell-wrap grid-cell-clamp\">${item.achievement}</div>")
                        .withProperty("achievement", r -> r.achievement() == null
                                ? getTranslation("award.recipients.defaultAchievement") : r.achievement()))
                .setHeader(getTranslation("award.recipient.achievement")).setWidth("10em").setFlexGrow(2)
                .setKey("achievement").setTooltipGenerator(this::achievementTooltip);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("award.recipient.note"))
                .setWidth("5em").setFlexGrow(0).setKey("note").setTooltipGenerator(r -> r.note() == null ? ""
                        : r.note());
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMinHeight("320px");
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        Long id = decision.getId();
        grid.setItems(query -> {
            GridSort<RecipientOrder> sort = GridSort.of(query, RecipientOrder.class, RecipientOrder.LIST);
            return service.recipients(id, filter, sort.order(), sort.descending(), query.getPage(),
                    query.getPageSize()).stream();
        }, query -> (int) service.countRecipients(id, filter));
        setFlexGrow(1, grid);
    }

    /** The whole sentence printed for the row (its own, else the decision's default); the cell shows three lines. */
    private String achievementTooltip(RecipientRow row) {
        String sentence = row.achievement() != null ? row.achievement() : decision.getDefaultAchievement();
        return sentence == null ? "" : sentence;
    }

    /** The line under the name: an individual's position, a collective's representative. */
    private String detailLine(RecipientRow row) {
        if (row.isCollective()) {
            return row.representative() == null || row.representative().isBlank() ? ""
                    : getTranslation("award.recipients.representativeLine", row.representative());
        }
        return row.position() == null ? "" : row.position();
    }

    private void applyFilter() {
        filter = new RecipientFilter(kind.getValue(), search.getValue());
        kindColumn.setVisible(kind.getValue() == null);
        unitColumn.setVisible(kind.getValue() != RecipientKind.COLLECTIVE);
        grid.getDataProvider().refreshAll();
    }

    private void added() {
        grid.getDataProvider().refreshAll();
    }

    private void edit() {
        grid.getSelectedItems().stream().findFirst().ifPresentOrElse(this::edit,
                () -> UiErrors.error(getTranslation("award.recipients.selectFirst")));
    }

    private void edit(RecipientRow row) {
        RecipientDialog.edit(row, decision, service, r -> grid.getDataProvider().refreshAll()).open();
    }

    private void remove() {
        grid.getSelectedItems().stream().findFirst().ifPresentOrElse(row -> {
            Confirm.ask("recipient-remove-confirm", getTranslation("award.recipient.remove"),
                    getTranslation("award.recipient.removeConfirm", row.displayName()),
                    getTranslation("award.recipient.remove"), true, () -> {
                        if (UiErrors.attempt(this, () -> service.remove(row.awardId(), row.version()))) {
                            UiErrors.success(getTranslation("award.recipient.removed", row.displayName()));
                        }
                        grid.getDataProvider().refreshAll();
                    });
        }, () -> UiErrors.error(getTranslation("award.recipients.selectFirst")));
    }

    private void confirmDelete() {
        Confirm.ask("decision-delete-confirm", getTranslation("award.decision.delete"),
                getTranslation("award.decision.deleteConfirm", decision.getNumber()),
                getTranslation("award.decision.delete"), true, () -> {
                    if (UiErrors.attempt(this, () -> service.delete(decision.getId()))) {
                        getUI().ifPresent(ui -> ui.navigate(DecisionsView.class));
                    }
                });
    }

    @Override
    public String getPageTitle() {
        return (decision == null ? "" : decision.getNumber() + " | ") + getTranslation("app.title");
    }
}
