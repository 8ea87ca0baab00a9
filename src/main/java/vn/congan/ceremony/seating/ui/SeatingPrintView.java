package vn.congan.ceremony.seating.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.seating.SeatInfo;
import vn.congan.ceremony.seating.SeatLookup;
import vn.congan.ceremony.seating.print.SeatingDocuments;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.Downloads;
import vn.congan.ceremony.common.text.FileNames;

/** For print staff and ushers: the seating chart and name cards as PDFs, and who sits where by name. */
@Route(value = "seating-print", layout = MainLayout.class)
@Menu(title = "nav.seatingPrint", order = 41, icon = "vaadin:print")
@RolesAllowed({Role.Names.ORGANIZER, Role.Names.PRINT})
public class SeatingPrintView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<SeatInfo> found = new Grid<>(SeatInfo.class, false);

    public SeatingPrintView(ConferenceService conferences, SeatingDocuments documents, SeatLookup lookup) {
        addClassName("seating-print-view");
        add(new H2(getTranslation("seating.print.title")));
        Conference conference = conferences.current().orElse(null);
        if (conference == null) {
            add(new Paragraph(getTranslation("dashboard.noConference")));
            return;
        }
        Anchor chart = Downloads.file("seating-chart-pdf", getTranslation("seating.print.chart"),
                () -> FileNames.of("pdf", "so do cho ngoi", conference.getDate()), Downloads.PDF,
                () -> documents.chart(conference));
        Anchor cards = Downloads.file("seating-cards-pdf", getTranslation("seating.print.cards"),
                () -> FileNames.of("pdf", "the ten dai bieu", conference.getDate()), Downloads.PDF,
                () -> documents.nameCards(conference));
        add(new HorizontalLayout(chart, cards));

        TextField search = new TextField(getTranslation("seating.lookup.search"));
        search.setId("seating-lookup");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        search.addValueChangeListener(e -> found.setItems(lookup.findByName(conference.getId(), e.getValue())));
        configureGrid();
        add(new H3(getTranslation("seating.lookup.title")), search, found);
    }

    private void configureGrid() {
        found.addColumn(SeatInfo::occupantName).setHeader(getTranslation("seating.lookup.name")).setFlexGrow(3);
        found.addColumn(SeatInfo::rowLabel).setHeader(getTranslation("seating.lookup.row"));
        found.addColumn(SeatInfo::seatNumber).setHeader(getTranslation("seating.lookup.seat"));
        found.addColumn(SeatInfo::sectionName).setHeader(getTranslation("seating.lookup.section"));
        found.addColumn(s -> s.batchNo() == null ? "" : getTranslation("seating.batch", s.batchNo()))
                .setHeader(getTranslation("seating.lookup.batch"));
        found.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        found.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seating.print.title") + " | " + getTranslation("app.title");
    }
}
