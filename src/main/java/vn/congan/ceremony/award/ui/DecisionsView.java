package vn.congan.ceremony.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionService;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;

/** The award decisions of the current conference, grouped by award form, highest form first. */
@Route(value = "decisions", layout = MainLayout.class)
@Menu(title = "nav.decisions", order = 20, icon = "vaadin:file-text-o")
@RolesAllowed(Role.Names.ORGANIZER)
public class DecisionsView extends VerticalLayout implements HasDynamicTitle {

    /** One line of a form's table. */
    public record DecisionLine(Long id, String number, String date, String signer, long recipients) {
    }

    private final AwardDecisionService service;
    private final VerticalLayout groups = new VerticalLayout();
    private Conference conference;

    public DecisionsView(AwardDecisionService service, ConferenceService conferences) {
        this.service = service;
        addClassName("decisions-view");
        add(new H2(getTranslation("award.decisions.title")));
        conferences.current().ifPresentOrElse(c -> {
            conference = c;
            Button add = new Button(getTranslation("award.decisions.add"), VaadinIcon.PLUS.create(), e -> create());
            add.setId("decision-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            groups.setPadding(false);
            add(new Paragraph(c.getTitle()), add, groups);
            refresh();
        }, () -> add(new Paragraph(getTranslation("dashboard.noConference"))));
    }

    private void refresh() {
        groups.removeAll();
        Map<AwardForm, List<AwardDecision>> byForm = new LinkedHashMap<>();
        for (AwardDecision d : service.decisionsOf(conference)) {
            byForm.computeIfAbsent(d.getForm(), f -> new ArrayList<>()).add(d);
        }
        if (byForm.isEmpty()) {
            groups.add(new Paragraph(getTranslation("award.decisions.none")));
        }
        byForm.forEach((form, decisions) -> {
            Grid<DecisionLine> grid = new Grid<>();
            grid.addClassName("decision-grid");
            grid.addColumn(DecisionLine::number).setHeader(getTranslation("award.decision.number")).setFlexGrow(2);
            grid.addColumn(DecisionLine::date).setHeader(getTranslation("award.decision.date"));
            grid.addColumn(DecisionLine::signer).setHeader(getTranslation("award.decision.signerName")).setFlexGrow(2);
            grid.addColumn(DecisionLine::recipients).setHeader(getTranslation("award.decisions.recipients"));
            grid.setItems(decisions.stream().map(d -> new DecisionLine(d.getId(), d.getNumber(),
                    DateLine.shortDate(d.getDate()), d.signerRankAndName(), service.recipientCount(d))).toList());
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
            grid.addItemClickListener(e -> open(e.getItem().id()));
            groups.add(new H3(form.getName()), grid);
        });
    }

    private void open(Long id) {
        getUI().ifPresent(ui -> ui.navigate(DecisionView.class, id));
    }

    private void create() {
        AwardDecision draft = new AwardDecision(conference, null, "", null);
        draft.setSignerCapacity("Giám đốc");
        DecisionForm form = new DecisionForm(service.forms());
        form.read(draft);
        form.prefillAchievement(f -> service.usualAchievement(f, conference));
        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(getTranslation("award.decisions.add"));
        dialog.setWidth("900px");
        Button save = new Button(getTranslation("award.save"), e -> {
            if (form.write(draft) && UiErrors.attempt(this, () -> {
                AwardDecision saved = service.save(draft);
                dialog.close();
                open(saved.getId());
            })) {
                UiErrors.success(getTranslation("award.decision.saved"));
            }
        });
        save.setId("decision-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("award.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("award.decisions.title") + " | " + getTranslation("app.title");
    }
}
