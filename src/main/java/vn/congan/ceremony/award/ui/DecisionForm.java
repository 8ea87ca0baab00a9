package vn.congan.ceremony.award.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.organisation.Rank;

/** The header of an award decision: form, number, date, signer and the default achievement sentence. */
public class DecisionForm extends FormLayout {

    private final Binder<AwardDecision> binder = new Binder<>();
    private final Select<AwardForm> form = new Select<>();
    private final TextArea achievement = new TextArea();
    private String prefilled = "";

    public DecisionForm(List<AwardForm> forms) {
        addClassName("decision-form");
        form.setItems(forms);
        form.setItemLabelGenerator(AwardForm::getName);
        form.setLabel(getTranslation("award.decision.form"));
        TextField number = new TextField(getTranslation("award.decision.number"));
        number.setId("decision-number");
        number.setPlaceholder(getTranslation("award.decision.numberPlaceholder"));
        DatePicker date = new DatePicker(getTranslation("award.decision.date"));
        date.setLocale(Locale.forLanguageTag("vi-VN"));
        TextField capacity = new TextField(getTranslation("award.decision.signerCapacity"));
        capacity.setPlaceholder("GIÁM ĐỐC");
        TextField deputy = new TextField(getTranslation("award.decision.signerDeputy"));
        deputy.setPlaceholder("PHÓ GIÁM ĐỐC");
        Select<Rank> rank = new Select<>();
        rank.setLabel(getTranslation("award.decision.signerRank"));
        rank.setItems(Rank.values());
        rank.setItemLabelGenerator(r -> r == Rank.NONE ? getTranslation("organisation.rank.none") : r.label());
        TextField signer = new TextField(getTranslation("award.decision.signerName"));
        TextField authority = new TextField(getTranslation("award.decision.onAuthorityOf"));
        achievement.setLabel(getTranslation("award.decision.defaultAchievement"));
        achievement.setId("decision-achievement");
        Checkbox keepOrder = new Checkbox(getTranslation("award.decision.keepSignedOrder"));
        keepOrder.setId("decision-keep-signed-order");
        keepOrder.setTooltipText(getTranslation("award.decision.keepSignedOrderHelp"));

        binder.forField(form).asRequired(getTranslation("award.error.required"))
                .bind(AwardDecision::getForm, AwardDecision::setForm);
        binder.forField(number).asRequired(getTranslation("award.error.required"))
                .bind(AwardDecision::getNumber, AwardDecision::setNumber);
        binder.forField(date).asRequired(getTranslation("award.error.required"))
                .bind(AwardDecision::getDate, AwardDecision::setDate);
        binder.forField(capacity).asRequired(getTranslation("award.error.required"))
                .bind(AwardDecision::getSignerCapacity, AwardDecision::setSignerCapacity);
        binder.forField(deputy).bind(d -> nullToEmpty(d.getSignerDeputyCapacity()),
                AwardDecision::setSignerDeputyCapacity);
        binder.forField(rank).bind(AwardDecision::getSignerRank, AwardDecision::setSignerRank);
        binder.forField(signer).asRequired(getTranslation("award.error.required"))
                .bind(d -> nullToEmpty(d.getSignerName()), AwardDecision::setSignerName);
        binder.forField(authority).bind(d -> nullToEmpty(d.getOnAuthorityOf()), AwardDecision::setOnAuthorityOf);
        binder.forField(achievement).bind(d -> nullToEmpty(d.getDefaultAchievement()),
                AwardDecision::setDefaultAchievement);
        binder.forField(keepOrder).bind(AwardDecision::isKeepSignedOrder, AwardDecision::setKeepSignedOrder);

        add(form, number, date, capacity, deputy, rank, signer, authority, keepOrder, achievement);
        setColspan(achievement, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2), new ResponsiveStep("900px", 3));
        setColspan(achievement, 3);
    }

    /**
     * For a new decision: choosing the award form fills the achievement sentence with that
     * form's usual wording, unless the organizer has written their own.
     */
    public void prefillAchievement(Function<AwardForm, String> usualWording) {
        form.addValueChangeListener(e -> {
            if (achievement.getValue().isBlank() || achievement.getValue().equals(prefilled)) {
                String usual = usualWording.apply(e.getValue());
                prefilled = usual == null ? "" : usual;
                achievement.setValue(prefilled);
            }
        });
    }

    public void read(AwardDecision decision) {
        binder.readBean(decision);
    }

    /** Writes the fields into {@code decision}; false (with the fields marked) when one is missing. */
    public boolean write(AwardDecision decision) {
        return binder.writeBeanIfValid(decision);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
