package vn.congan.ceremony.seating.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.seating.AttendeeList;
import vn.congan.ceremony.seating.AttendeeRow;
import vn.congan.ceremony.seating.AttendeesAdded;
import vn.congan.ceremony.seating.SeatingAttendee;
import vn.congan.ceremony.seating.SeatingAttendeeService;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.CleanedNotes;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.SpreadsheetUploads;
import vn.congan.ceremony.ui.UiErrors;
import vn.congan.ceremony.ui.Confirm;
import java.util.Comparator;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietnameseCollation;

/**
 * The optional list of other attendees, who fill the general zone: the list in order with each
 * one's seat, a one-line form to add someone, and (folded, to keep a tablet screen short) pasting
 * several names and importing an Excel/CSV file. Removing someone asks first and frees their seat.
 */
@Route(value = "seating/attendees", layout = MainLayout.class)
@Menu(title = "nav.seatingAttendees", order = 40.5, icon = "vaadin:users")
@RolesAllowed(Role.Names.ORGANIZER)
public class AttendeesView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_CLEANED_SHOWN = 20;

    private final transient SeatingAttendeeService service;
    private final Conference conference;
    private final Paragraph summary = new Paragraph();
    /** After a paste or an import: the lines whose hidden characters were removed; hidden when none. */
    private final Paragraph cleaned = new Paragraph();
    private final Grid<AttendeeRow> grid = new Grid<>();
    private final TextField name = new TextField();
    private final TextField organisation = new TextField();
    private final TextArea pasted = new TextArea();
    private final Upload upload = new Upload();

    public AttendeesView(SeatingAttendeeService service, ConferenceService conferences) {
        this.service = service;
        this.conference = conferences.current().orElse(null);
        addClassName("attendees-view");
        add(new H2(getTranslation("seating.attendees.title")));
        if (conference == null) {
            add(new Paragraph(getTranslation("dashboard.noConference")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("seating.attendees.intro"));
        RouterLink map = new RouterLink(getTranslation("seating.attendees.openMap"), SeatingView.class);
        map.setId("attendees-open-map");
        summary.setId("attendees-summary");
        HorizontalLayout status = new HorizontalLayout(summary, map);
        status.setAlignItems(FlexComponent.Alignment.BASELINE);
        status.setWrap(true);
        cleaned.setId("attendees-cleaned");
        cleaned.setVisible(false);
        add(intro, status, addForm(), more(), cleaned, grid());
        reload();
    }

    private HorizontalLayout addForm() {
        name.setId("attendee-name");
        name.setLabel(getTranslation("seating.attendees.name"));
        name.setMaxLength(SeatingAttendee.MAX_NAME);
        name.setWidth("16rem");
        organisation.setId("attendee-organisation");
        organisation.setLabel(getTranslation("seating.attendees.organisation"));
        organisation.setMaxLength(SeatingAttendee.MAX_ORGANISATION);
        organisation.setWidth("20rem");
        Button add = new Button(getTranslation("seating.attendees.add"), e -> addOne());
        add.setId("attendee-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(name, organisation);
        HorizontalLayout form = new HorizontalLayout(name, organisation, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** Pasting and importing: used once or twice, folded below the one-line form. */
    private HorizontalLayout more() {
        pasted.setId("attendees-paste");
        pasted.setLabel(getTranslation("seating.attendees.paste.label"));
        pasted.setWidth("100%");
        pasted.setMinHeight("8rem");
        Button addPasted = new Button(getTranslation("seating.attendees.paste.add"), e -> addPasted());
        addPasted.setId("attendees-paste-add");
        VerticalLayout pasteBox = new VerticalLayout(pasted, addPasted);
        pasteBox.setPadding(false);
        Details paste = new Details(getTranslation("seating.attendees.paste.title"), pasteBox);
        paste.setId("attendees-paste-section");

        upload.setId("attendees-upload");
        SpreadsheetUploads.configure(upload, this::importFile);
        VerticalLayout importBox = new VerticalLayout(new Span(getTranslation("seating.attendees.import.hint")),
                upload);
        importBox.setPadding(false);
        Details fromFile = new Details(getTranslation("seating.attendees.import.title"), importBox);
        fromFile.setId("attendees-import-section");

        HorizontalLayout more = new HorizontalLayout(paste, fromFile);
        more.setWidthFull();
        more.setWrap(true);
        paste.setWidth("28rem");
        fromFile.setWidth("28rem");
        return more;
    }

    private Grid<AttendeeRow> grid() {
        grid.setId("attendees-grid");
        grid.addColumn(AttendeeRow::number).setHeader(getTranslation("seating.attendees.col.number"))
                .setWidth("4.5rem").setFlexGrow(0).setKey("number").setComparator(AttendeeRow::number);
        grid.addColumn(AttendeeRow::name).setKey("name").setHeader(getTranslation("seating.attendees.col.name"))
                .setFlexGrow(2).setComparator(Comparator.comparing(r -> PersonName.parse(r.name()),
                        PersonName.ALPHABETICAL));
        grid.addColumn(r -> r.organisation() == null ? "" : r.organisation()).setKey("organisation")
                .setHeader(getTranslation("seating.attendees.col.organisation")).setFlexGrow(3)
                .setComparator(Comparator.comparing(r -> r.organisation() == null ? "" : r.organisation(),
                        VietnameseCollation.comparator()));
        grid.addColumn(r -> r.seated() ? r.seat() : getTranslation("seating.attendees.noSeat")).setKey("seat")
                .setHeader(getTranslation("seating.attendees.col.seat")).setWidth("6.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::removeButton).setKey("remove").setWidth("4.5rem").setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("seating.attendees.empty"));
        grid.setHeight("26rem");
        return grid;
    }

    private Button removeButton(AttendeeRow row) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(row));
        remove.addClassName("attendee-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("seating.attendees.remove") + " " + row.name());
        remove.setTooltipText(getTranslation("seating.attendees.remove"));
        return remove;
    }

    private void addOne() {
        SeatingAttendee[] added = new SeatingAttendee[1];
        if (UiErrors.attempt(this, () -> added[0] = service.add(conference, name.getValue(), organisation.getValue()))) {
            UiErrors.success(getTranslation("seating.attendees.added", added[0].getName()));
            name.clear();
            organisation.clear();
            name.focus();
            reload();
        }
    }

    private void addPasted() {
        AttendeesAdded[] result = new AttendeesAdded[1];
        if (UiErrors.attempt(this, () -> result[0] = service.paste(conference, pasted.getValue()))) {
            UiErrors.success(getTranslation("seating.attendees.addedMany", result[0].added(), result[0].skipped()));
            showCleaned(result[0]);
            pasted.clear();
            reload();
        }
    }

    private void importFile(String fileName, byte[] bytes) {
        try {
            AttendeesAdded result = service.importFile(conference, fileName, bytes);
            UiErrors.success(getTranslation("seating.attendees.imported", result.added(), result.sheetName(),
                    result.headerRow(), result.skipped()));
            showCleaned(result);
        } catch (RuntimeException e) {
            UiErrors.show(this, e);
        } finally {
            upload.clearFileList();
            reload();
        }
    }

    /** "Dòng 3: Đã xóa ký tự điều khiển/ẩn (U+202E) trong họ tên. ...": stays until the next paste or import. */
    private void showCleaned(AttendeesAdded result) {
        List<AttendeeList.Entry> lines = result.cleaned();
        String shown = lines.stream().limit(MAX_CLEANED_SHOWN)
                .map(e -> getTranslation("seating.attendees.cleanedLine", e.line(), e.name(),
                        CleanedNotes.note(this, e.cleaned(), false)))
                .collect(Collectors.joining(" "));
        String more = lines.size() > MAX_CLEANED_SHOWN
                ? " " + getTranslation("seating.attendees.cleanedMore", lines.size() - MAX_CLEANED_SHOWN) : "";
        cleaned.setText(shown + more);
        cleaned.setVisible(!lines.isEmpty());
    }

    private void confirmRemove(AttendeeRow row) {
        String text = row.seated()
                ? getTranslation("seating.attendees.removeConfirmSeat", row.name(), row.seat())
                : getTranslation("seating.attendees.removeConfirm", row.name());
        Confirm.ask("attendee-remove-confirm", getTranslation("seating.attendees.removeTitle"), text,
                getTranslation("seating.attendees.remove"), true, () -> {
                    if (UiErrors.attempt(this, () -> service.remove(row.id()))) {
                        UiErrors.success(getTranslation("seating.attendees.removed", row.name()));
                    }
                    reload();
                });
    }

    private void reload() {
        List<AttendeeRow> rows = service.list(conference);
        grid.setItems(rows);
        summary.setText(getTranslation("seating.attendees.summary", rows.size(),
                rows.stream().filter(AttendeeRow::seated).count()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seating.attendees.title") + " | " + getTranslation("app.title");
    }
}
