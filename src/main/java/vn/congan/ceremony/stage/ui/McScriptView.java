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
import com.vaadin.flow.component.icon.VaadinIcon;
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
import vn.congan.ceremony.stage.McScript.Kind;
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
    private final boolean canEdit;
    final Grid<Row> grid = new Grid<>();
    final Span reviewCount = new Span();
    /** The script's date, start and venue, as under the title of the PDF. */
    final Paragraph timeAndPlace = new Paragraph();
    private List<Row> rows = List.of();

    public McScriptView(McScriptService scripts, ConferenceService conferences, AuthenticationContext authentication) {
        this.scripts = scripts;
        this.conference = conferences.current().orElse(null);
        this.canEdit = authentication.hasRole(Role.Names.ORGANIZER);
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
        grid.addComponentColumn(this::textCell).setHeader(getTranslation("script.col.text")).setKey("text")
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
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

    private Component textCell(Row row) {
        if (row.line() == null) {
            Span heading = new Span(row.heading());
            heading.getStyle().set("font-weight", "bold").set("font-size", "var(--lumo-font-size-l)");
            return heading;
        }
        McScript.Line line = row.line();
        // a stage direction in parentheses, once (the organizer may have typed them already)
        boolean inParentheses = line.text().startsWith("(") && line.text().endsWith(")");
        Span text = new Span(line.kind() == Kind.NOTE && !inParentheses ? "(" + line.text() + ")" : line.text());
        text.addClassName("script-line-text");
        Component shown = text;
        switch (line.kind()) {
            case BATCH -> text.getStyle().set("font-weight", "bold").set("text-transform", "uppercase");
            case NAME -> {
                // the number is the name's place in its batch, never part of a rewritten text
                Span number = new Span(line.numberPrefix());
                number.addClassName("script-line-number");
                Span name = new Span(number, text);
                name.getStyle().set("font-weight", "600").set("padding-left", "1.5em");
                shown = name;
            }
            case NOTE -> text.getStyle().set("font-style", "italic");
            default -> { }
        }
        if (line.overridden()) {
            HorizontalLayout marked = new HorizontalLayout(shown, badge("script.overridden", "contrast",
                    "script-overridden"));
            if (line.needsReview()) {
                marked.add(badge("script.review", "error", "script-needs-review"));
            }
            marked.setSpacing(true);
            return marked;
        }
        return shown;
    }

    private Span badge(String labelKey, String theme, String className) {
        Span mark = new Span(getTranslation(labelKey));
        mark.getElement().getThemeList().add("badge " + theme + " small");
        mark.addClassName(className);
        return mark;
    }

    private Component actions(Row row) {
        if (!canEdit || row.line() == null || !row.line().editable()) {
            return new Span();
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(row.line()));
        edit.addClassName("script-edit");
        edit.setAriaLabel(getTranslation("script.edit"));
        edit.setTooltipText(getTranslation("script.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return edit;
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
