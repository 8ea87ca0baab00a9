package vn.congan.ceremony.ceremony.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.congan.ceremony.award.AwardCount;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.CeremonyService;
import vn.congan.ceremony.ceremony.CeremonySummary;
import vn.congan.ceremony.ceremony.CeremonySummaryPdf;
import vn.congan.ceremony.ceremony.CeremonySummaryService;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientState;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.Confirm;
import vn.congan.ceremony.ui.Downloads;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;

/** After the ceremony: what was handed out, who was absent or received on behalf, the timeline, a news draft. */
@Route(value = "ceremony/summary", layout = MainLayout.class)
@Menu(title = "nav.ceremonySummary", order = 63, icon = "vaadin:clipboard-text")
@RolesAllowed({Role.Names.ORGANIZER, Role.Names.MC})
public class SummaryView extends VerticalLayout implements HasDynamicTitle {

    private final CeremonySummaryService summaries;
    private final CeremonyService ceremony;
    private final boolean organizer;

    public SummaryView(CeremonySummaryService summaries, CeremonyService ceremony, AuthenticationContext auth) {
        this.summaries = summaries;
        this.ceremony = ceremony;
        this.organizer = auth.hasAnyRole(Role.Names.ORGANIZER, Role.Names.ADMIN);
        addClassName("ceremony-summary-view");
        render();
    }

    private void render() {
        removeAll();
        CeremonySummary s = summaries.summary();
        add(new H2(s.conferenceTitle()));
        if (!s.finished()) {
            Paragraph note = new Paragraph(getTranslation("ceremony.summary.notFinished"));
            note.addClassName("ceremony-summary-note");
            add(note);
        }
        Anchor pdf = Downloads.file("ceremony-summary-pdf",
                getTranslation(s.finished() ? "ceremony.summary.pdf" : "ceremony.summary.pdfDraft"),
                () -> CeremonySummaryPdf.fileName(summaries.summary()), Downloads.PDF,
                () -> CeremonySummaryPdf.render(summaries.summary()));
        add(pdf);
        if (organizer) {
            Button reset = new Button(getTranslation("ceremony.reset.button"), e -> confirmReset());
            reset.setId("ceremony-reset");
            reset.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(reset);
        }

        add(new H3(getTranslation("ceremony.summary.counts")));
        Div cards = new Div();
        cards.addClassName("award-summary");
        for (AwardCount count : s.counts()) {
            Div card = new Div();
            card.addClassName("award-card");
            Span form = new Span(count.formName());
            form.addClassName("award-card-form");
            Span figures = new Span(getTranslation("dashboard.counts", count.collectives(), count.individuals()));
            figures.addClassName("ceremony-summary-count");
            card.add(form, figures);
            cards.add(card);
        }
        add(cards);
        if (s.notInBatch() > 0) {
            Paragraph none = new Paragraph(getTranslation("ceremony.summary.notInBatch", s.notInBatch()));
            none.addClassName("ceremony-summary-not-in-batch");
            add(none);
        }

        add(new H3(getTranslation("ceremony.summary.absent", s.absent().size())));
        add(list(s.absent(), false, "ceremony-summary-absent"));
        add(new H3(getTranslation("ceremony.summary.onBehalf", s.onBehalf().size())));
        add(list(s.onBehalf(), true, "ceremony-summary-on-behalf"));

        add(new H3(getTranslation("ceremony.summary.timeline")));
        add(timeline(s.timeline()));

        add(new H3(getTranslation("ceremony.summary.news")));
        TextArea news = new TextArea();
        news.setValue(s.newsDraft());
        news.setWidthFull();
        news.setId("ceremony-summary-news");
        add(news);
    }

    /** After a rehearsal: back to the beginning, once the organizer has read what that means. */
    private void confirmReset() {
        LiveCeremony live = ceremony.live();
        long withStatus = live.recipients().stream()
                .filter(r -> !r.state().isInitial()).count();
        Confirm.ask("ceremony-reset-confirm", getTranslation("ceremony.reset.title"),
                getTranslation("ceremony.reset.text", live.stepNumber(), live.stepCount(), withStatus),
                getTranslation("ceremony.reset.confirm"), true, () -> {
                    if (UiErrors.attempt(this, () -> ceremony.execute(
                            new CeremonyCommand.Reset(live.version(), "summary-page")))) {
                        UiErrors.success(getTranslation("ceremony.reset.done"));
                        render();
                    }
                }).addClassName("ceremony-dialog");
    }

    private UnorderedList list(List<CeremonySummary.Line> lines, boolean withReceiver, String className) {
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        if (lines.isEmpty()) {
            list.add(new ListItem(getTranslation("ceremony.summary.none")));
        }
        for (CeremonySummary.Line line : lines) {
            list.add(new ListItem(withReceiver
                    ? getTranslation("ceremony.summary.onBehalfLine", CeremonyParts.listed(this, line.recipient()),
                            line.receivedBy())
                    : CeremonyParts.listed(this, line.recipient())));
        }
        return list;
    }

    private Grid<CeremonySummary.TimelineRow> timeline(List<CeremonySummary.TimelineRow> rows) {
        Grid<CeremonySummary.TimelineRow> grid = new Grid<>();
        grid.addColumn(CeremonySummary.TimelineRow::title).setHeader(getTranslation("ceremony.summary.col.item"))
                .setFlexGrow(3);
        grid.addColumn(r -> DateLine.time(r.plannedStart())).setHeader(getTranslation("ceremony.summary.col.planned"));
        grid.addColumn(r -> r.actualStart() == null ? "—" : DateLine.time(r.actualStart()))
                .setHeader(getTranslation("ceremony.summary.col.actual"));
        grid.addColumn(r -> r.plannedMinutes() + " / " + (r.actualMinutes() == null ? "—" : r.actualMinutes()))
                .setHeader(getTranslation("ceremony.summary.col.minutes"));
        grid.addColumn(r -> r.delayMinutes() == null ? "—" : r.delayMinutes() == 0 ? getTranslation("ceremony.onTime")
                : r.delayMinutes() > 0 ? getTranslation("ceremony.behind", r.delayMinutes())
                : getTranslation("ceremony.ahead", -r.delayMinutes()))
                .setHeader(getTranslation("ceremony.summary.col.delay"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ceremonySummary") + " | " + getTranslation("app.title");
    }
}
