package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import vn.congan.ceremony.print.PrinterProfile;
import vn.congan.ceremony.print.PrinterProfileService;
import vn.congan.ceremony.print.TemplatePaper;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;
import vn.congan.ceremony.common.text.FileNames;
import vn.congan.ceremony.ui.Downloads;

/**
 * Printer profiles: offsets measured on the calibration page, front and back, for the A4 tray and
 * the A3 tray; the calibration page of each paper size prints with that size's offsets.
 */
@Route(value = "print/printers", layout = MainLayout.class)
@Menu(title = "nav.printers", order = 52, icon = "vaadin:print")
@RolesAllowed({Role.Names.PRINT, Role.Names.ORGANIZER})
public class PrinterProfilesView extends VerticalLayout implements HasDynamicTitle {

    private final PrinterProfileService profiles;
    private final Grid<PrinterProfile> grid = new Grid<>(PrinterProfile.class, false);
    private final TextField name = new TextField();
    private final NumberField frontX = new NumberField();
    private final NumberField frontY = new NumberField();
    private final NumberField backX = new NumberField();
    private final NumberField backY = new NumberField();
    private final NumberField a3FrontX = new NumberField();
    private final NumberField a3FrontY = new NumberField();
    private final NumberField a3BackX = new NumberField();
    private final NumberField a3BackY = new NumberField();
    private final Checkbox duplex = new Checkbox();
    private final TextField note = new TextField();
    private final Select<TemplatePaper> calibrationPaper = new Select<>();
    private final Anchor calibration = new Anchor();
    private PrinterProfile editing;

    public PrinterProfilesView(PrinterProfileService profiles) {
        this.profiles = profiles;
        addClassName("printer-profiles-view");
        configureGrid();
        add(new H2(getTranslation("print.profile.title")), new Paragraph(getTranslation("print.profile.help")), grid,
                form(), calibrationRow());
        refresh();
        edit(null);
    }

    private void configureGrid() {
        grid.addColumn(PrinterProfile::getName).setHeader(getTranslation("print.profile.name")).setFlexGrow(2);
        grid.addColumn(p -> offset(p.getFrontX(), p.getFrontY())).setHeader(getTranslation("print.profile.front"));
        grid.addColumn(p -> p.isDuplex() ? offset(p.getBackX(), p.getBackY()) : "")
                .setHeader(getTranslation("print.profile.back"));
        grid.addColumn(p -> offset(p.getA3FrontX(), p.getA3FrontY()))
                .setHeader(getTranslation("print.profile.a3Front"));
        grid.addColumn(p -> p.isDuplex() ? offset(p.getA3BackX(), p.getA3BackY()) : "")
                .setHeader(getTranslation("print.profile.a3Back"));
        grid.addColumn(p -> p.getNote() == null ? "" : p.getNote()).setHeader(getTranslation("print.profile.note"))
                .setFlexGrow(2);
        // at tablet width a printer's name and its offsets wrap instead of being cut
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
    }

    private FormLayout form() {
        name.setLabel(getTranslation("print.profile.name"));
        frontX.setLabel(getTranslation("print.profile.frontX"));
        frontY.setLabel(getTranslation("print.profile.frontY"));
        backX.setLabel(getTranslation("print.profile.backX"));
        backY.setLabel(getTranslation("print.profile.backY"));
        a3FrontX.setLabel(getTranslation("print.profile.a3FrontX"));
        a3FrontY.setLabel(getTranslation("print.profile.a3FrontY"));
        a3BackX.setLabel(getTranslation("print.profile.a3BackX"));
        a3BackY.setLabel(getTranslation("print.profile.a3BackY"));
        for (NumberField f : new NumberField[] {frontX, frontY, backX, backY, a3FrontX, a3FrontY, a3BackX, a3BackY}) {
            f.setStep(0.1);
            f.setValue(0.0);
        }
        duplex.setLabel(getTranslation("print.profile.duplex"));
        duplex.addValueChangeListener(e -> enableBack(e.getValue()));
        note.setLabel(getTranslation("print.profile.note"));
        Button save = new Button(getTranslation("print.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("profile-save");
        Button add = new Button(getTranslation("print.profile.add"), e -> {
            grid.asSingleSelect().clear();
            edit(null);
        });
        Button delete = new Button(getTranslation("print.delete"), e -> delete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(name, note, frontX, frontY, a3FrontX, a3FrontY, duplex,
                new Span(), backX, backY, a3BackX, a3BackY,
                new HorizontalLayout(save, add, delete));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        return form;
    }

    private HorizontalLayout calibrationRow() {
        calibrationPaper.setLabel(getTranslation("print.profile.calibrationPaper"));
        calibrationPaper.setItems(TemplatePaper.A4, TemplatePaper.A3);
        calibrationPaper.setValue(TemplatePaper.A4);
        calibrationPaper.addValueChangeListener(e -> updateCalibration());
        calibration.setText(getTranslation("print.profile.calibration"));
        calibration.setDownload(true);
        calibration.addClassName("calibration-download");
        return new HorizontalLayout(FlexComponent.Alignment.BASELINE, calibrationPaper, calibration);
    }

    private void edit(PrinterProfile profile) {
        editing = profile;
        name.setValue(profile == null ? "" : profile.getName());
        frontX.setValue(profile == null ? 0.0 : profile.getFrontX());
        frontY.setValue(profile == null ? 0.0 : profile.getFrontY());
        backX.setValue(profile == null ? 0.0 : profile.getBackX());
        backY.setValue(profile == null ? 0.0 : profile.getBackY());
        a3FrontX.setValue(profile == null ? 0.0 : profile.getA3FrontX());
        a3FrontY.setValue(profile == null ? 0.0 : profile.getA3FrontY());
        a3BackX.setValue(profile == null ? 0.0 : profile.getA3BackX());
        a3BackY.setValue(profile == null ? 0.0 : profile.getA3BackY());
        duplex.setValue(profile != null && profile.isDuplex());
        enableBack(duplex.getValue());
        note.setValue(profile == null || profile.getNote() == null ? "" : profile.getNote());
        updateCalibration();
    }

    private void enableBack(boolean enabled) {
        for (NumberField f : new NumberField[] {backX, backY, a3BackX, a3BackY}) {
            f.setEnabled(enabled);
        }
    }

    private void updateCalibration() {
        calibration.setEnabled(editing != null);
        if (editing != null) {
            PrinterProfile profile = editing;
            TemplatePaper paper = calibrationPaper.getValue();
            calibration.setHref(Downloads.handler(
                    () -> FileNames.of("pdf", "trang hieu chinh", profile.getName(), paper.name()), Downloads.PDF,
                    () -> profiles.calibration(profile, paper.longMm(), paper.shortMm())), AttachmentType.DOWNLOAD);
        }
    }

    private void save() {
        PrinterProfile profile = editing != null ? editing : new PrinterProfile(name.getValue());
        profile.setName(name.getValue());
        profile.setFrontX(value(frontX));
        profile.setFrontY(value(frontY));
        profile.setDuplex(duplex.getValue());
        profile.setBackX(value(backX));
        profile.setBackY(value(backY));
        profile.setA3FrontX(value(a3FrontX));
        profile.setA3FrontY(value(a3FrontY));
        profile.setA3BackX(value(a3BackX));
        profile.setA3BackY(value(a3BackY));
        profile.setNote(note.getValue());
        PrinterProfile[] saved = new PrinterProfile[1];
        if (UiErrors.attempt(this, () -> saved[0] = profiles.save(profile))) {
            UiErrors.success(getTranslation("print.profile.saved"));
            refresh();
            grid.select(saved[0]);
        } else {
            refresh();
        }
    }

    private void delete() {
        if (editing != null && UiErrors.attempt(this, () -> profiles.delete(editing))) {
            refresh();
            edit(null);
        }
    }

    private void refresh() {
        grid.setItems(profiles.findAll());
    }

    private static double value(NumberField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** "X +1.5 / Y -0.5 mm", wrapping (at tablet width) only between the two coordinates. */
    private static String offset(double x, double y) {
        return String.format(Locale.ROOT, "X\u00A0%+.1f / Y\u00A0%+.1f\u00A0mm", x, y);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("print.profile.title") + " | " + getTranslation("app.title");
    }
}
