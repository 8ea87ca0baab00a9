package vn.congan.ceremony.stage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.stage.McScript;
import vn.congan.ceremony.stage.McScriptService;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;
import vn.congan.ceremony.ui.Downloads;
import vn.congan.ceremony.common.text.FileNames;

/**
 * The MC script of the current conference, section by section; the organizer rewrites a
 * line by hand (kept when the data changes) or gives it back to the generated text. Both
 * PDFs (the large-print script and the stage manager's award order list) download here.
 */
@Route(value = "mc-script", layout = MainLayout.class)
@Menu(title = "nav.mcScript", order = 31, icon = "vaadin:microphone")
@RolesAllowed({Role.Names.ORGANIZER, Role.Names.PRINT, Role.Names.MC})
public class McScriptView extends VerticalLayout implements HasDynamicTitle {

    /** A row of the grid: a section heading (line null) or a line. */
    record Row(String heading, McScript.Line line) {
    }

    private final McScriptService scripts;
    private final Conference conference;
    final McScriptLines lines;
    final Grid<Row> grid = new Grid<>();
    final Span reviewCount = new Span();
    /** The script's date, start and venue, as under the title of the PDF. */
    final Paragraph timeAndPlace = new Paragraph();
    private List<Row> rows = List.of();

    public McScriptView(McScriptService scripts, ConferenceService conferences, AuthenticationContext authentication) {
        this.scripts = scripts;
        this.conference = conferences.current().orElse(null);
        this.lines = new McScriptLines(this, authentication.hasRole(Role.Names.ORGANIZER), this::edit);
        addClassName("mc-script-view");
        setHeightFull();
        add(new H2(getTranslation("script.title")));
        if (conference == null) {
            add(new Paragraph(getTranslation("dashboard.noConference")));
            return;
        }
        timeAndPlace.setId("script-time-and-place");
        timeAndPlace.getStyle().set("font-style", "italic").set("margin", "0").set("white-space", "pre-line");
        add(timeAndPlace, downloads());
        reviewCount.setId("script-review-count");
        reviewCount.addClassName("script-review-count");
        reviewCount.getStyle().set("color", "var(--lumo-error-text-color)");
        configureGrid();
        add(reviewCount, grid);
        reload();
    }

    private Component downloads() {
        HorizontalLayout bar = new HorizontalLayout(
                Downloads.file("script-download", getTranslation("script.downloadPdf"),
                        () -> FileNames.of("pdf", "kich ban MC", conference.getDate()), Downloads.PDF,
                        () -> scripts.scriptPdf(conference)),
                Downloads.file("order-list-download", getTranslation("script.downloadOrderList"),
                        () -> FileNames.of("pdf", "danh sach thu tu trao thuong", conference.getDate()), Downloads.PDF,
                        () -> scripts.orderListPdf(conference)));
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    private void configureGrid() {
        grid.addColumn(lines.textRenderer()).setHeader(getTranslation("script.col.text")).setKey("text")
                .setFlexGrow(1);
        grid.addColumn(lines.actionsRenderer()).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setSizeFull();
    }

    void reload() {
        McScript script = scripts.script(conference);
        timeAndPlace.setText(script.timeAndPlace() == null ? "" : script.timeAndPlace());
        List<Row> list = new ArrayList<>();
        for (McScript.Section section : script.sections()) {
            list.add(new Row(section.number() + ". " + section.heading(), null));
            section.lines().forEach(l -> list.add(new Row(null, l)));
        }
        rows = list;
        grid.setItems(rows);
        int review = script.needingReview();
        reviewCount.setText(review == 0 ? "" : getTranslation("script.review.count", review));
        reviewCount.setVisible(review > 0);
    }

    List<Row> rows() {
        return rows;
    }

    void edit(McScript.Line line) {
        Dialog dialog = new Dialog(getTranslation("script.edit"));
        dialog.setId("script-edit-dialog");
        TextArea area = new TextArea(getTranslation("script.edit.text"));
        area.setValue(line.text());
        area.setWidth("40em");
        area.setId("script-edit-text");
        Paragraph generated = new Paragraph(getTranslation("script.edit.generated", line.generated()));
        dialog.add(area, generated);
        if (line.needsReview()) {
            Paragraph then = new Paragraph(getTranslation("script.edit.generatedThen",
                    line.generatedThen() == null ? getTranslation("script.edit.unknown") : line.generatedThen()));
            then.setId("script-edit-generated-then");
            then.getStyle().set("color", "var(--lumo-error-text-color)");
            dialog.add(then);
        }
        Button save = new Button(getTranslation("stage.save"), e -> {
            UiErrors.attempt(this, () -> scripts.override(conference, line.key(), line.text(), area.getValue()));
            dialog.close();
            reload();
        });
        save.setId("script-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("script.edit.reset"), e -> {
            UiErrors.attempt(this, () -> scripts.override(conference, line.key(), line.text(), ""));
            dialog.close();
            reload();
        });
        reset.setId("script-edit-reset");
        reset.setEnabled(line.overridden());
        dialog.getFooter().add(reset, new Button(getTranslation("stage.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("script.title") + " | " + getTranslation("app.title");
    }
}
