package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.print.CertificatePrintService;
import vn.congan.ceremony.print.CertificateTemplate;
import vn.congan.ceremony.print.CertificateTemplateService;
import vn.congan.ceremony.print.TemplatePaper;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;
import vn.congan.ceremony.ui.Downloads;

/**
 * The template editor: paper, orientation and mode of each certificate template, and its field
 * boxes as a grid of millimetre values; the preview is drawn by the renderer that prints.
 */
@Route(value = "print/templates", layout = MainLayout.class)
@Menu(title = "nav.certificateTemplates", order = 51, icon = "vaadin:file-text-o")
@RolesAllowed({Role.Names.PRINT, Role.Names.ORGANIZER})
public class CertificateTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final CertificateTemplateService templates;
    private final CertificatePrintService printing;
    private final Grid<CertificateTemplate> list = new Grid<>(CertificateTemplate.class, false);
    private final ComboBox<AwardForm> newForm = new ComboBox<>();
    private final Select<CertificateMode> newMode = new Select<>();
    private final TextField name = new TextField();
    private final Select<CertificateMode> mode = new Select<>();
    private final Select<TemplatePaper> paper = new Select<>();
    private final Select<Boolean> landscape = new Select<>();
    private final NumberField width = new NumberField();
    private final NumberField height = new NumberField();
    private final TextField place = new TextField();
    private final Checkbox defaultTemplate = new Checkbox();
    /** The sheet's own inputs (name, mode, place, default); paper and size reshape the boxes as they change. */
    private final Binder<CertificateTemplate> sheetBinder = new Binder<>();
    private final TemplateFieldsEditor fields;
    private final Anchor previewLink = new Anchor();
    private final IFrame preview = new IFrame();
    private final VerticalLayout editor = new VerticalLayout();
    private CertificateTemplate editing;

    public CertificateTemplatesView(CertificateTemplateService templates, CertificatePrintService printing) {
        this.templates = templates;
        this.printing = printing;
        this.fields = new TemplateFieldsEditor();
        addClassName("certificate-templates-view");
        configureList();
        add(new H2(getTranslation("print.template.title")), list, creator());
        configureEditor();
        add(editor);
        refresh();
        edit(null);
    }

    private void configureList() {
        list.addColumn(t -> t.getForm().getName()).setHeader(getTranslation("print.template.form")).setFlexGrow(2);
        list.addColumn(CertificateTemplate::getName).setHeader(getTranslation("print.template.name")).setFlexGrow(2);
        list.addColumn(t -> getTranslation("print.mode." + t.getMode().name())).setHeader(getTranslation("print.mode"));
        list.addColumn(this::paperLabel).setHeader(getTranslation("print.template.paper")).setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(t -> t.isDefaultTemplate() ? "✓" : "").setHeader(getTranslation("print.template.default"))
                .setAutoWidth(true).setFlexGrow(0);
        // on a 1024 px tablet the names are longer than their columns: they wrap instead of being cut
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                edit(e.getValue());
            }
        });
    }

    private HorizontalLayout creator() {
        newForm.setLabel(getTranslation("print.template.form"));
        newForm.setItems(templates.forms());
        newForm.setItemLabelGenerator(AwardForm::getName);
        newForm.setWidth("24em");
        newMode.setLabel(getTranslation("print.mode"));
        newMode.setItems(CertificateMode.values());
        newMode.setItemLabelGenerator(m -> getTranslation("print.mode." + m.name()));
        newMode.setValue(CertificateMode.FULL);
        Button create = new Button(getTranslation("print.template.new"), e -> {
            if (newForm.getValue() == null) {
                UiErrors.error(getTranslation("print.template.error.chooseForm"));
                return;
            }
            list.asSingleSelect().clear();
            edit(templates.newTemplate(newForm.getValue(), newMode.getValue()));
        });
        create.addClassName("template-new");
        return new HorizontalLayout(FlexComponent.Alignment.BASELINE, newForm, newMode, create);
    }

    private void configureEditor() {
        name.setLabel(getTranslation("print.template.name"));
        name.setWidth("24em");
        mode.setLabel(getTranslation("print.mode"));
        mode.setItems(CertificateMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("print.mode." + m.name()));
        paper.setLabel(getTranslation("print.template.paper"));
        paper.setItems(TemplatePaper.values());
        paper.setItemLabelGenerator(p -> getTranslation("print.paper." + p.name()));
        landscape.setLabel(getTranslation("print.template.orientation"));
        landscape.setItems(true, false);
        landscape.setItemLabelGenerator(l -> getTranslation(l ? "print.template.landscape" : "print.template.portrait"));
        width.setLabel(getTranslation("print.template.width"));
        height.setLabel(getTranslation("print.template.height"));
        for (NumberField f : new NumberField[] {width, height}) {
            f.setMin(50);
            f.setMax(1000);
            f.setStep(0.1);
            f.setSuffixComponent(new Span("mm"));
        }
        place.setLabel(getTranslation("print.template.place"));
        place.setPlaceholder(getTranslation("print.template.placeDefault"));
        defaultTemplate.setLabel(getTranslation("print.template.default"));
        sheetBinder.forField(name).asRequired(getTranslation("print.template.error.name"))
                .withValidator(new StringLengthValidator(getTranslation("print.template.error.nameLength",
                        CertificateTemplate.NAME_LENGTH), 0, CertificateTemplate.NAME_LENGTH))
                .bind(CertificateTemplate::getName, CertificateTemplate::setName);
        sheetBinder.forField(mode).asRequired(getTranslation("print.template.error.mode"))
                .bind(CertificateTemplate::getMode, CertificateTemplate::setMode);
        sheetBinder.forField(place).withNullRepresentation("")
                .withValidator(new StringLengthValidator(getTranslation("print.template.error.placeLength",
                        CertificateTemplate.PLACE_LENGTH), 0, CertificateTemplate.PLACE_LENGTH))
                .bind(CertificateTemplate::getPlaceName, CertificateTemplate::setPlaceName);
        sheetBinder.forField(defaultTemplate)
                .bind(CertificateTemplate::isDefaultTemplate, CertificateTemplate::setDefaultTemplate);

        paper.addValueChangeListener(e -> {
            if (e.isFromClient() && editing != null) {
                editing.setPaper(e.getValue());
                sheetChanged();
            }
        });
        landscape.addValueChangeListener(e -> {
            if (e.isFromClient() && editing != null) {
                editing.setLandscape(e.getValue());
                sheetChanged();
            }
        });
        width.addValueChangeListener(e -> {
            if (e.isFromClient() && editing != null && e.getValue() != null) {
                editing.resizeTo(e.getValue(), editing.getHeightMm());
                sheetChanged();
            }
        });
        height.addValueChangeListener(e -> {
            if (e.isFromClient() && editing != null && e.getValue() != null) {
                editing.resizeTo(editing.getWidthMm(), e.getValue());
                sheetChanged();
            }
        });

        FormLayout sheet = new FormLayout(name, mode, paper, landscape, width, height, place, defaultTemplate);
        sheet.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("900px", 4));

        Button save = new Button(getTranslation("print.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("template-save");
        Button reset = new Button(getTranslation("print.template.reset"), e -> {
            sheetBinder.writeBeanAsDraft(editing);
            editing.resetFields();
            fields.setTemplate(editing);
        });
        Button delete = new Button(getTranslation("print.delete"), e -> delete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button showPreview = new Button(getTranslation("print.preview.show"), e -> showPreview());
        showPreview.addClassName("template-preview");
        previewLink.setText(getTranslation("print.preview.open"));
        previewLink.setTarget(AnchorTarget.BLANK);
        preview.setWidth("100%");
        preview.setHeight("30em");
        preview.setVisible(false);
        previewLink.setVisible(false);
        editor.setPadding(false);
        editor.add(new H3(getTranslation("print.template.sheet")), sheet,
                new H3(getTranslation("print.template.fields")), fields,
                new HorizontalLayout(save, showPreview, reset, delete), previewLink, preview);
    }

    private void edit(CertificateTemplate template) {
        editing = template;
        editor.setVisible(template != null);
        preview.setVisible(false);
        previewLink.setVisible(false);
        if (template == null) {
            sheetBinder.readBean(null);
            return;
        }
        sheetBinder.readBean(template);
        sheetChanged();
    }

    /** Paper, orientation or size changed: show the new size and the boxes that followed it. */
    private void sheetChanged() {
        paper.setValue(editing.getPaper());
        landscape.setValue(editing.isLandscape());
        width.setValue(editing.getWidthMm());
        height.setValue(editing.getHeightMm());
        boolean custom = editing.getPaper() == TemplatePaper.CUSTOM;
        width.setReadOnly(!custom);
        height.setReadOnly(!custom);
        fields.setTemplate(editing);
    }

    /**
     * The sheet's inputs are valid and written into the template; otherwise the wrong inputs show
     * their message and a notification names the first one, the template is left as it was.
     */
    private boolean sheetValid() {
        List<BindingValidationStatus<?>> errors = sheetBinder.validate().getFieldValidationErrors();
        if (!errors.isEmpty()) {
            BindingValidationStatus<?> first = errors.get(0);
            String input = first.getField() instanceof HasLabel labelled
                    ? labelled.getLabel() : "";
            UiErrors.error(getTranslation("print.template.error.sheetInput", input, first.getMessage().orElse("")));
            return false;
        }
        return sheetBinder.writeBeanIfValid(editing);
    }

    private void save() {
        if (editing == null || !fieldsValid() || !sheetValid()) {
            return;
        }
        CertificateTemplate[] saved = new CertificateTemplate[1];
        if (UiErrors.attempt(this, () -> saved[0] = templates.save(editing))) {
            UiErrors.success(getTranslation("print.template.saved"));
            refresh();
            list.select(saved[0]);
            edit(saved[0]);
        }
    }

    private void delete() {
        if (editing == null || editing.isNew()) {
            edit(null);
            return;
        }
        if (UiErrors.attempt(this, () -> templates.delete(editing))) {
            UiErrors.success(getTranslation("print.template.deleted"));
            refresh();
            edit(null);
        }
    }

    /** The selected box's inputs are valid and written into it; otherwise says what to correct. */
    private boolean fieldsValid() {
        String problem = fields.commit();
        if (problem != null) {
            UiErrors.error(problem);
        }
        return problem == null;
    }

    private void showPreview() {
        if (!fieldsValid()) {
            return;
        }
        sheetBinder.writeBeanAsDraft(editing);
        UiErrors.attempt(this, () -> {
            byte[] pdf = printing.sample(editing);
            var handler = Downloads.handler(null, Downloads.PDF, () -> pdf);
            preview.setSrc(handler);
            previewLink.setHref(handler, AttachmentType.INLINE);
            preview.setVisible(true);
            previewLink.setVisible(true);
        });
    }

    private void refresh() {
        list.setItems(templates.findAll());
    }

    private String paperLabel(CertificateTemplate t) {
        return String.format(Locale.ROOT, "%s %.0f x %.0f mm", t.getPaper() == TemplatePaper.CUSTOM
                ? getTranslation("print.paper.CUSTOM") : t.getPaper().name(), t.getWidthMm(), t.getHeightMm());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("print.template.title") + " | " + getTranslation("app.title");
    }
}
