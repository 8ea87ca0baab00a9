package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import vn.congan.ceremony.print.PrinterProfile;
import vn.congan.ceremony.print.certificate.CertificateMode;

/** How to print: the mode (full design or blank stock), the printer profile and the separator sheets. */
class PrintOptions extends HorizontalLayout {

    private final RadioButtonGroup<CertificateMode> mode = new RadioButtonGroup<>();
    private final ComboBox<PrinterProfile> profile = new ComboBox<>();
    private final Checkbox separators = new Checkbox();

    /** {@code modeChanged} runs after {@code changed} when the mode changes (the preview follows it). */
    PrintOptions(List<PrinterProfile> printerProfiles, Runnable changed, Runnable modeChanged) {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        mode.setLabel(getTranslation("print.mode"));
        mode.setItems(CertificateMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("print.mode." + m.name()));
        mode.setValue(CertificateMode.FULL);
        mode.addValueChangeListener(e -> {
            changed.run();
            modeChanged.run();
            updateSeparatorsHint();
        });
        profile.setLabel(getTranslation("print.profile"));
        profile.setPlaceholder(getTranslation("print.profile.none"));
        profile.setItems(printerProfiles);
        profile.setItemLabelGenerator(PrinterProfile::getName);
        profile.setClearButtonVisible(true);
        profile.setWidth("22em");
        profile.addValueChangeListener(e -> changed.run());
        separators.setLabel(getTranslation("print.separators"));
        separators.setId("print-separators");
        separators.addValueChangeListener(e -> changed.run());
        updateSeparatorsHint();
        add(mode, profile, separators);
    }

    CertificateMode mode() {
        return mode.getValue();
    }

    Long profileId() {
        return profile.getValue() == null ? null : profile.getValue().getId();
    }

    boolean separators() {
        return separators.getValue();
    }

    /** A selection prints no separator sheets. */
    void separatorsAllowed(boolean allowed) {
        separators.setEnabled(allowed);
    }

    /** On blanks, the slips never go onto a blank: the checkbox says where they go instead. */
    private void updateSeparatorsHint() {
        separators.setHelperText(mode.getValue() == CertificateMode.BLANK_STOCK
                ? getTranslation("print.separators.blankStock") : null);
    }
}
