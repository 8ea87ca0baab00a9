package vn.congan.ceremony.seating.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.seating.HallLayout;
import vn.congan.ceremony.seating.HallSection;
import vn.congan.ceremony.seating.HallSetup;
import vn.congan.ceremony.seating.SeatNumbering;
import vn.congan.ceremony.seating.SeatingPlan;
import vn.congan.ceremony.seating.Side;
import vn.congan.ceremony.seating.StageSteps;
import vn.congan.ceremony.ui.UiErrors;

/**
 * Builds a new hall plan or takes a saved template; optionally goes back to the current plan.
 * The number of sections, rows and seats per row apply to every section (most halls are
 * uniform); below them, a compact list sets each section's own name, rows and seats per row
 * (a wide centre section, narrower or shorter side sections). The list opens when the number
 * of sections changes and always follows the fields above, which set that value in every
 * section. Bad input is refused with a message and builds nothing.
 */
public class PlanSetupForm extends VerticalLayout {

    private static final int DEFAULT_SECTIONS = 2;
    private static final int DEFAULT_ROWS = 12;
    private static final int DEFAULT_SEATS = 10;

    private final TextField name = new TextField();
    private final IntegerField sections = new IntegerField();
    private final IntegerField rows = new IntegerField();
    private final IntegerField seatsPerRow = new IntegerField();
    private final Select<SeatNumbering> numbering = new Select<>();
    private final Select<StageSteps> steps = new Select<>();
    private final Checkbox sideAisles = new Checkbox();
    private final Select<Side> startSide = new Select<>();
    private final Select<SeatingPlan> template = new Select<>();
    private final Div sectionList = new Div();
    private final Details perSection = new Details();
    private final List<SectionFields> sectionFields = new ArrayList<>();

    /** The fields of one section, a line of the list. */
    private record SectionFields(Div line, TextField name, IntegerField rows, IntegerField seats, Span total) {
    }

    public PlanSetupForm(List<SeatingPlan> templates, Consumer<HallSetup> onCreate, Consumer<SeatingPlan> onTemplate) {
        this(templates, onCreate, onTemplate, null);
    }

    /** {@code onBack}, when not null, adds a button that leaves the form without building anything. */
    public PlanSetupForm(List<SeatingPlan> templates, Consumer<HallSetup> onCreate, Consumer<SeatingPlan> onTemplate,
            Runnable onBack) {
        addClassName("plan-setup");
        setPadding(false);
        name.setLabel(getTranslation("seating.setup.name"));
        name.setValue(getTranslation("seating.setup.defaultName"));
        sections.setLabel(getTranslation("seating.setup.sections"));
        rows.setLabel(getTranslation("seating.setup.rows"));
        seatsPerRow.setLabel(getTranslation("seating.setup.seatsPerRow"));
        configure(sections, DEFAULT_SECTIONS, HallSetup.MAX_SECTIONS);
        configure(rows, DEFAULT_ROWS, HallSection.MAX_ROWS);
        configure(seatsPerRow, DEFAULT_SEATS, HallSection.MAX_SEATS_PER_ROW);
        numbering.setLabel(getTranslation("seating.setup.numbering"));
        numbering.setItems(SeatNumbering.values());
        numbering.setItemLabelGenerator(n -> getTranslation("seating.numbering." + n.name()));
        numbering.setValue(SeatNumbering.LEFT_TO_RIGHT);
        steps.setLabel(getTranslation("seating.setup.steps"));
        steps.setItems(StageSteps.values());
        steps.setItemLabelGenerator(s -> getTranslation("seating.steps." + s.name()));
        steps.setValue(StageSteps.BOTH);
        sideAisles.setLabel(getTranslation("seating.setup.sideAisles"));
        sideAisles.setValue(true);
        startSide.setLabel(getTranslation("seating.setup.startSide"));
        startSide.setItems(Side.values());
        startSide.setItemLabelGenerator(s -> getTranslation("seating.side." + s.name()));
        startSide.setValue(Side.RIGHT);

        Button create = new Button(getTranslation("seating.setup.create"),
                e -> UiErrors.attempt(this, () -> onCreate.accept(setup())));
        create.setId("seating-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, sections, rows, seatsPerRow, numbering, steps, startSide, sideAisles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("900px", 4));
        HorizontalLayout buttons = new HorizontalLayout(create);
        if (onBack != null) {
            Button back = new Button(getTranslation("seating.setup.back"), e -> onBack.run());
            back.setId("seating-setup-back");
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            buttons.add(back);
        }
        add(new H3(getTranslation("seating.setup.title")), form, perSection(), buttons);

        sections.addValueChangeListener(e -> {
            if (inRange(e.getValue(), HallSetup.MAX_SECTIONS)) {
                resizeSections(e.getValue());
                perSection.setOpened(true);
            }
        });
        rows.addValueChangeListener(e -> {
            if (inRange(e.getValue(), HallSection.MAX_ROWS)) {
                sectionFields.forEach(f -> f.rows().setValue(e.getValue()));
            }
        });
        seatsPerRow.addValueChangeListener(e -> {
            if (inRange(e.getValue(), HallSection.MAX_SEATS_PER_ROW)) {
                sectionFields.forEach(f -> f.seats().setValue(e.getValue()));
            }
        });

        if (!templates.isEmpty()) {
            template.setLabel(getTranslation("seating.template.choose"));
            template.setItems(templates);
            template.setItemLabelGenerator(SeatingPlan::getName);
            template.setValue(templates.get(0));
            template.setWidth("24rem");
            Button use = new Button(getTranslation("seating.template.apply"), e -> onTemplate.accept(template.getValue()));
            use.setId("seating-apply-template");
            HorizontalLayout fromTemplate = new HorizontalLayout(template, use);
            fromTemplate.setAlignItems(Alignment.BASELINE);
            add(new H3(getTranslation("seating.template.title")), fromTemplate);
        }
    }

    /** The list of sections, one compact line each under a single header line; closed at first. */
    private Details perSection() {
        sectionList.addClassName("plan-sections");
        sectionList.setId("seating-sections");
        sectionList.add(header(""), header(getTranslation("seating.setup.sectionName")),
                header(getTranslation("seating.setup.sectionRows")),
                header(getTranslation("seating.setup.sectionSeats")), header(""));
        resizeSections(DEFAULT_SECTIONS);
        Paragraph hint = new Paragraph(getTranslation("seating.setup.perSectionHint"));
        hint.addClassName("plan-sections-hint");
        perSection.setContent(new Div(hint, sectionList));
        perSection.addClassName("plan-sections-details");
        perSection.setId("seating-per-section");
        updateSummary();
        return perSection;
    }

    private static Span header(String text) {
        Span header = new Span(text);
        header.addClassName("plan-sections-header");
        return header;
    }

    /** Adds lines (prefilled from the fields above) or removes the last ones. */
    private void resizeSections(int count) {
        while (sectionFields.size() > count) {
            sectionList.remove(sectionFields.remove(sectionFields.size() - 1).line());
        }
        while (sectionFields.size() < count) {
            int number = sectionFields.size() + 1;
            SectionFields f = sectionLine(number);
            sectionFields.add(f);
            sectionList.add(f.line());
        }
        updateSummary();
    }

    private SectionFields sectionLine(int number) {
        Span label = new Span(String.valueOf(number));
        label.addClassName("plan-sections-number");
        TextField sectionName = new TextField();
        sectionName.setValue(getTranslation("seating.setup.defaultSectionName", number));
        IntegerField sectionRows = new IntegerField();
        IntegerField sectionSeats = new IntegerField();
        configure(sectionRows, valueOr(rows, DEFAULT_ROWS), HallSection.MAX_ROWS);
        configure(sectionSeats, valueOr(seatsPerRow, DEFAULT_SEATS), HallSection.MAX_SEATS_PER_ROW);
        compact(sectionName, "name", number, getTranslation("seating.setup.sectionName"));
        compact(sectionRows, "rows", number, getTranslation("seating.setup.sectionRows"));
        compact(sectionSeats, "seats", number, getTranslation("seating.setup.sectionSeats"));
        sectionName.setMaxLength(HallSection.MAX_NAME_LENGTH);
        Span total = new Span();
        total.addClassName("plan-sections-total");
        Div line = new Div(label, sectionName, sectionRows, sectionSeats, total);
        line.addClassName("plan-sections-line");
        SectionFields f = new SectionFields(line, sectionName, sectionRows, sectionSeats, total);
        sectionRows.addValueChangeListener(e -> updateSummary());
        sectionSeats.addValueChangeListener(e -> updateSummary());
        return f;
    }

    /** Small, without a visible label (the header line names the column), but with one for screen readers. */
    private void compact(TextFieldBase<?, ?> field, String column, int number, String label) {
        field.setId("seating-section-" + column + "-" + number);
        field.setAriaLabel(getTranslation("seating.setup.sectionAria", number, label));
        field.getElement().getThemeList().add(TextFieldVariant.LUMO_SMALL.getVariantName());
    }

    /** Each line's seat count and, in the summary, the hall's sections, seats and rows. */
    private void updateSummary() {
        int seats = 0;
        int rowCount = 0;
        for (SectionFields f : sectionFields) {
            int r = valueOr(f.rows(), 0);
            int s = valueOr(f.seats(), 0);
            f.total().setText(getTranslation("seating.setup.sectionTotal", r * s));
            seats += r * s;
            rowCount = Math.max(rowCount, r);
        }
        String lastRow = HallLayout.rowLabel(Math.max(0, Math.min(rowCount, HallSection.MAX_ROWS) - 1));
        perSection.setSummaryText(getTranslation("seating.setup.perSection",
                getTranslation("seating.setup.total", sectionFields.size(), seats, lastRow)));
    }

    private static void configure(IntegerField field, int value, int max) {
        field.setMin(1);
        field.setMax(max);
        field.setValue(value);
        field.setStepButtonsVisible(true);
    }

    /** The hall as entered; refused with a message (and nothing built) when a value is missing or out of range. */
    private HallSetup setup() {
        if (!inRange(sections.getValue(), HallSetup.MAX_SECTIONS)) {
            throw new UserMessageException("seating.error.sectionCount", HallSetup.MAX_SECTIONS);
        }
        List<HallSection> hall = sectionFields.stream()
                .map(f -> new HallSection(f.name().getValue(), valueOr(f.rows(), 0), valueOr(f.seats(), 0))).toList();
        return new HallSetup(name.getValue(), hall, numbering.getValue(), steps.getValue(), sideAisles.getValue(),
                startSide.getValue());
    }

    private static boolean inRange(Integer value, int max) {
        return value != null && value >= 1 && value <= max;
    }

    private static int valueOr(IntegerField field, int fallback) {
        Integer v = field.getValue();
        return v == null ? fallback : v;
    }
}
