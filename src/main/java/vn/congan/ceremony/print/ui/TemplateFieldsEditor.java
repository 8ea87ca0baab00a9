package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Locale;
import vn.congan.ceremony.print.CertificateTemplate;
import vn.congan.ceremony.print.TemplateField;
import vn.congan.ceremony.print.certificate.Alignment;
import vn.congan.ceremony.print.certificate.FieldBox;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;

/**
 * The field boxes of one template: a grid of their millimetre values and, under it, the selected
 * box's values to edit. Edits go straight into the template; saving is the page's job.
 */
class TemplateFieldsEditor extends Div {

    /** The largest sheet a template may have, in mm: no box lies further. */
    private static final double MAX_MM = 1000;

    private final Grid<TemplateField> grid = new Grid<>(TemplateField.class, false);
    private final Binder<TemplateField> binder = new Binder<>();
    private final Checkbox enabled = new Checkbox();
    private final NumberField x = new NumberField();
    private final NumberField y = new NumberField();
    private final NumberField width = new NumberField();
    private final NumberField height = new NumberField();
    private final Select<Face> face = new Select<>();
    private final NumberField size = new NumberField();
    private final NumberField minSize = new NumberField();
    private final Select<Alignment> alignment = new Select<>();
    private final TextField colour = new TextField();
    private final Checkbox underline = new Checkbox();
    private final TextField pattern = new TextField();
    private final FormLayout form;

    TemplateFieldsEditor() {
        setWidthFull();
        addClassName("template-fields");
        configureGrid();
        form = form();
        add(grid, form);
        form.setVisible(false);
    }

    void setTemplate(CertificateTemplate template) {
        grid.setItems(template.getFields().stream().sorted(Comparator.comparing(TemplateField::getKey)).toList());
        grid.asSingleSelect().clear();
        binder.setBean(null);
        form.setVisible(false);
    }

    private void configureGrid() {
        grid.addColumn(f -> getTranslation(f.getKey().labelKey())).setHeader(getTranslation("print.field"))
                .setAutoWidth(true);
        grid.addColumn(f -> f.isEnabled() ? "✓" : "").setHeader(getTranslation("print.field.enabled"));
        grid.addColumn(f -> mm(f.getX())).setHeader("x (mm)");
        grid.addColumn(f -> mm(f.getY())).setHeader("y (mm)");
        grid.addColumn(f -> mm(f.getWidth())).setHeader(getTranslation("print.field.width"));
        grid.addColumn(f -> mm(f.getHeight())).setHeader(getTranslation("print.field.height"));
        grid.addColumn(f -> getTranslation("print.face." + f.getFace().name())).setHeader(getTranslation("print.field.face"))
                .setAutoWidth(true);
        grid.addColumn(f -> mm(f.getSize()) + " / " + mm(f.getMinSize())).setHeader(getTranslation("print.field.size"));
        grid.addColumn(f -> getTranslation("print.align." + f.getAlignment().name()))
                .setHeader(getTranslation("print.field.alignment"));
        grid.addColumn(TemplateField::getColour).setHeader(getTranslation("print.field.colour"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            binder.setBean(e.getValue());
            form.setVisible(e.getValue() != null);
        });
    }

    private FormLayout form() {
        enabled.setLabel(getTranslation("print.field.enabled"));
        x.setLabel("x (mm)");
        y.setLabel("y (mm)");
        width.setLabel(getTranslation("print.field.width"));
        height.setLabel(getTranslation("print.field.height"));
        size.setLabel(getTranslation("print.field.fontSize"));
        minSize.setLabel(getTranslation("print.field.minSize"));
        face.setLabel(getTranslation("print.field.face"));
        face.setItems(Face.values());
        face.setItemLabelGenerator(f -> getTranslation("print.face." + f.name()));
        alignment.setLabel(getTranslation("print.field.alignment"));
        alignment.setItems(Alignment.values());
        alignment.setItemLabelGenerator(a -> getTranslation("print.align." + a.name()));
        colour.setLabel(getTranslation("print.field.colour"));
        colour.setPattern("#[0-9a-fA-F]{6}");
        underline.setLabel(getTranslation("print.field.underline"));
        pattern.setLabel(getTranslation("print.field.pattern"));
        pattern.setHelperText(getTranslation("print.field.patternHelp"));

        binder.forField(enabled).bind(TemplateField::isEnabled, TemplateField::setEnabled);
        number(x, 0.1, 0, MAX_MM).bind(TemplateField::getX, TemplateField::setX);
        number(y, 0.1, 0, MAX_MM).bind(TemplateField::getY, TemplateField::setY);
        number(width, 0.1, 0, MAX_MM).withValidator(v -> v > 0, getTranslation("print.field.error.positive"))
                .bind(TemplateField::getWidth, TemplateField::setWidth);
        number(height, 0.1, 0, MAX_MM).withValidator(v -> v > 0, getTranslation("print.field.error.positive"))
                .bind(TemplateField::getHeight, TemplateField::setHeight);
        number(size, 0.5, FieldBox.MIN_SIZE, FieldBox.MAX_SIZE).bind(TemplateField::getSize, TemplateField::setSize);
        Binder.Binding<TemplateField, Double> minSizeBinding = number(minSize, 0.5, FieldBox.MIN_SIZE,
                FieldBox.MAX_SIZE).withValidator(this::notAboveSize).bind(TemplateField::getMinSize,
                        TemplateField::setMinSize);
        size.addValueChangeListener(e -> {
            if (binder.getBean() != null) {
                minSizeBinding.validate();
            }
        });
        binder.forField(face).asRequired().bind(TemplateField::getFace, TemplateField::setFace);
        binder.forField(alignment).asRequired().bind(TemplateField::getAlignment, TemplateField::setAlignment);
        binder.forField(colour).withValidator(c -> c.matches("#[0-9a-fA-F]{6}"), getTranslation("print.field.colourHelp"))
                .bind(TemplateField::getColour, TemplateField::setColour);
        binder.forField(underline).bind(TemplateField::isUnderline, TemplateField::setUnderline);
        binder.forField(pattern).withValidator(p -> p.contains("{}"), getTranslation("print.field.patternHelp"))
                .bind(TemplateField::getPattern, TemplateField::setPattern);
        binder.addValueChangeListener(e -> {
            if (binder.getBean() != null) {
                grid.getDataProvider().refreshItem(binder.getBean());
            }
        });
        FormLayout layout = new FormLayout(enabled, x, y, width, height, face, size, minSize, alignment, colour,
                underline, pattern);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("900px", 6));
        return layout;
    }

    /**
     * Checks the selected box's values and writes them into it: null when they are all valid,
     * otherwise the first problem as a message naming the box and the value ("Ô "Thành tích" -
     * Cỡ chữ (pt): Phải từ 4 đến 200."), for the page to show instead of saving or previewing.
     */
    String commit() {
        TemplateField bean = binder.getBean();
        if (bean == null) {
            return null;
        }
        BinderValidationStatus<TemplateField> status = binder.validate();
        if (!status.isOk()) {
            BindingValidationStatus<?> first = status.getFieldValidationErrors().get(0);
            String input = first.getField() instanceof HasLabel labelled ? labelled.getLabel() : "";
            return getTranslation("print.template.error.fieldInput", getTranslation(bean.getKey().labelKey()), input,
                    first.getMessage().orElse(""));
        }
        binder.writeBeanIfValid(bean);
        return null;
    }

    /** A number input with its bounds, refusing an empty, out-of-range or off-step value with a message. */
    private Binder.BindingBuilder<TemplateField, Double> number(NumberField field, double step, double min,
            double max) {
        field.setStep(step);
        field.setMin(min);
        field.setMax(max);
        String range = getTranslation("print.field.error.range", decimal(min), decimal(max));
        String number = getTranslation("print.field.error.number");
        field.setI18n(new NumberField.NumberFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                .setBadInputErrorMessage(number).setRequiredErrorMessage(number)
                .setStepErrorMessage(getTranslation("print.field.error.step", decimal(step))));
        return binder.forField(field).asRequired(number)
                .withValidator(v -> v >= min && v <= max, range);
    }

    /** The smallest size may not exceed the box's size. */
    private ValidationResult notAboveSize(Double value, ValueContext context) {
        Double boxSize = size.getValue();
        return boxSize == null || value <= boxSize ? ValidationResult.ok()
                : ValidationResult.error(getTranslation("print.field.error.minAboveSize", decimal(boxSize)));
    }

    private String decimal(double value) {
        return NumberFormat.getNumberInstance(getLocale()).format(value);
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
