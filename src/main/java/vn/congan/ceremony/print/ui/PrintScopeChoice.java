package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.print.CertificatePrintService;
import vn.congan.ceremony.print.PrintRequest;
import vn.congan.ceremony.print.PrintScope;
import vn.congan.ceremony.ui.UiErrors;

/** What to print: the whole ceremony, one presentation batch, one decision or the certificates selected. */
class PrintScopeChoice extends HorizontalLayout {

    private final RadioButtonGroup<PrintScope> scope = new RadioButtonGroup<>();
    private final ComboBox<AwardDecision> decision = new ComboBox<>();
    private final ComboBox<CertificatePrintService.BatchChoice> batch = new ComboBox<>();
    private final Conference conference;

    PrintScopeChoice(CertificatePrintService service, Conference conference, Runnable changed) {
        this.conference = conference;
        scope.setLabel(getTranslation("print.scope"));
        scope.setItems(PrintScope.CEREMONY, PrintScope.BATCH, PrintScope.DECISION, PrintScope.SELECTION);
        scope.setItemLabelGenerator(s -> getTranslation("print.scope." + s.name()));
        scope.setValue(PrintScope.CEREMONY);
        decision.setLabel(getTranslation("print.decision"));
        decision.setItemLabelGenerator(d -> d.getNumber() + " - " + d.getForm().getName());
        decision.setItems(service.decisions(conference));
        decision.setWidth("28em");
        decision.addValueChangeListener(e -> changed.run());
        batch.setLabel(getTranslation("print.batch"));
        batch.setItemLabelGenerator(b -> getTranslation("print.batch.label", b.position(), b.formName(), b.entries()));
        batch.setItems(service.batches(conference));
        batch.setWidth("28em");
        batch.addValueChangeListener(e -> changed.run());
        scope.addValueChangeListener(e -> {
            showChoices();
            changed.run();
        });
        showChoices();
        add(scope, batch, decision);
    }

    PrintScope scope() {
        return scope.getValue();
    }

    private void showChoices() {
        decision.setVisible(scope.getValue() == PrintScope.DECISION);
        batch.setVisible(scope.getValue() == PrintScope.BATCH);
    }

    /** The job asked for, or null (after saying what is missing) when the scope's choice is not made. */
    PrintRequest request(PrintOptions options, List<Long> selected) {
        return switch (scope.getValue()) {
            case CEREMONY -> PrintRequest.ceremony(conference.getId(), options.mode(), options.profileId(),
                    options.separators());
            case BATCH -> batch.getValue() == null ? missing("print.error.chooseBatch")
                    : PrintRequest.batch(batch.getValue().id(), options.mode(), options.profileId(),
                            options.separators());
            case DECISION -> decision.getValue() == null ? missing("print.error.chooseDecision")
                    : PrintRequest.decision(decision.getValue().getId(), options.mode(), options.profileId(),
                            options.separators());
            case SELECTION -> selected.isEmpty() ? missing("print.error.chooseAwards")
                    : PrintRequest.selection(selected, options.mode(), options.profileId());
        };
    }

    private PrintRequest missing(String key) {
        UiErrors.error(getTranslation(key));
        return null;
    }
}
