package vn.congan.ceremony.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.congan.ceremony.award.AwardCount;
import vn.congan.ceremony.award.AwardService;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.ui.MainLayout;

/** The current conference at a glance: when, where, and who is awarded what. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AwardCount> counts = new Grid<>(AwardCount.class, false);

    public DashboardView(ConferenceService conferences, AwardService awards) {
        addClassName("dashboard-view");
        conferences.current().ifPresentOrElse(conference -> {
            add(header(conference));
            List<AwardCount> rows = awards.countsByForm(conference);
            add(summary(rows));
            configureGrid();
            counts.setItems(rows);
            add(counts);
        }, () -> add(new Paragraph(getTranslation("dashboard.noConference"))));
    }

    private Div header(Conference conference) {
        Div header = new Div();
        header.addClassName("dashboard-header");
        H2 title = new H2(conference.getTitle());
        Paragraph when = new Paragraph(getTranslation("dashboard.when",
                DateLine.time(conference.getStartTime()), DateLine.date(conference.getDate(), getLocale()),
                conference.getVenue() == null ? "" : conference.getVenue()));
        header.add(title, when);
        return header;
    }

    private Div summary(List<AwardCount> rows) {
        Div summary = new Div();
        summary.addClassName("award-summary");
        for (AwardCount row : rows) {
            Div card = new Div();
            card.addClassName("award-card");
            Span form = new Span(row.formName());
            form.addClassName("award-card-form");
            Span figures = new Span(getTranslation("dashboard.counts", row.collectives(), row.individuals()));
            figures.addClassName("award-card-counts");
            card.add(form, figures);
            summary.add(card);
        }
        return summary;
    }

    private void configureGrid() {
        counts.addColumn(AwardCount::formName).setHeader(getTranslation("dashboard.col.form")).setFlexGrow(3);
        counts.addColumn(AwardCount::collectives).setHeader(getTranslation("dashboard.col.collectives"))
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        counts.addColumn(AwardCount::individuals).setHeader(getTranslation("dashboard.col.individuals"))
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        counts.addColumn(AwardCount::total).setHeader(getTranslation("dashboard.col.total"))
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        counts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        counts.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " | " + getTranslation("app.title");
    }
}
