package vn.congan.ceremony.seating.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import vn.congan.ceremony.seating.HallSection;
import vn.congan.ceremony.seating.HallSetup;
import vn.congan.ceremony.seating.SeatNumbering;
import vn.congan.ceremony.seating.SeatingPlan;
import vn.congan.ceremony.seating.Side;
import vn.congan.ceremony.seating.StageSteps;

/** Builds a new hall plan (equal sections) or takes a saved template; optionally goes back to the current plan. */
public class PlanSetupForm extends VerticalLayout {

    private final TextField name = new TextField();
    private final IntegerField sections = new IntegerField();
    private final IntegerField rows = new IntegerField();
    private final IntegerField seatsPerRow = new IntegerField();
    private final Select<SeatNumbering> numbering = new Select<>();
    private final Select<StageSteps> steps = new Select<>();
    private final Checkbox sideAisles = new Checkbox();
    private final Select<Side> startSide = new Select<>();
    private final Select<SeatingPlan> template = new Select<>();

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
        configure(sections, 2, HallSection.MAX_SEATS_PER_ROW);
        configure(rows, 12, HallSection.MAX_ROWS);
        configure(seatsPerRow, 10, HallSection.MAX_SEATS_PER_ROW);
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

        Button create = new Button(getTranslation("seating.setup.create"), e -> onCreate.accept(setup()));
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
        add(new H3(getTranslation("seating.setup.title")), form, buttons);

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

    private static void configure(IntegerField field, int value, int max) {
        field.setMin(1);
        field.setMax(max);
        field.setValue(value);
        field.setStepButtonsVisible(true);
    }

    private HallSetup setup() {
        return HallSetup.uniform(name.getValue(), bounded(sections, 2), bounded(rows, 12), bounded(seatsPerRow, 10),
                numbering.getValue(), steps.getValue(), sideAisles.getValue(), startSide.getValue());
    }

    private static int bounded(IntegerField field, int fallback) {
        Integer v = field.getValue();
        return v == null ? fallback : Math.max(field.getMin(), Math.min((int) field.getMax(), v));
    }
}
