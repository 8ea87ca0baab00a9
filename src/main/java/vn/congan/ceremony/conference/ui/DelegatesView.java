package vn.congan.ceremony.conference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietnameseCollation;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.conference.DelegateService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;

/**
 * The delegates of the current conference in precedence order (drag, or up/down), the
 * add/edit form for people and outside guests, and the MC's introduction text.
 */
@Route(value = "delegates", layout = MainLayout.class)
@Menu(title = "nav.delegates", order = 11, icon = "vaadin:group")
@PermitAll
public class DelegatesView extends VerticalLayout implements HasDynamicTitle {

    enum Kind { PERSON, GUEST }

    private final DelegateService delegates;
    private final ConferenceService conferences;
    private final boolean canEdit;
    private final Conference conference;
    private final Grid<Delegate> grid = new Grid<>();
    private List<Delegate> rows = List.of();
    private ReorderColumn<Delegate> reorder;

    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final ComboBox<Person> person = new ComboBox<>();
    private final TextField guestName = new TextField();
    private final ComboBox<Rank> guestRank = new ComboBox<>();
    private final TextArea titleLine = new TextArea();
    private final TextField organisation = new TextField();
    private final Button add = new Button();
    private final Button save = new Button();
    private final Button remove = new Button();
    private final Div introduction = new Div();
    private Delegate editing;

    public DelegatesView(DelegateService delegates, ConferenceService conferences,
            AuthenticationContext authentication) {
        this.delegates = delegates;
        this.conferences = conferences;
        this.canEdit = authentication.hasRole(Role.Names.ORGANIZER);
        this.conference = conferences.current().orElse(null);
        addClassName("delegates-view");
        add(new H2(getTranslation("delegates.title")));
        if (conference == null) {
            add(new Paragraph(getTranslation("dashboard.noConference")));
            return;
        }
        add(new Paragraph(conference.getTitle()));
        configureGrid();
        add(grid, form(), new H3(getTranslation("delegates.introduction")), introduction);
        introduction.addClassName("delegate-introduction");
        introduction.getStyle().set("white-space", "pre-line");
        reload();
        edit(null);
    }

    private void configureGrid() {
        grid.addColumn(Delegate::getPrecedence).setHeader(getTranslation("delegates.col.precedence"))
                .setKey("precedence").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparingInt(Delegate::getPrecedence));
        grid.addColumn(Delegate::getRankAndName).setHeader(getTranslation("delegates.col.name")).setKey("name")
                .setFlexGrow(2).setComparator(Comparator.comparing(d -> PersonName.parse(d.getFullName()),
                        PersonName.ALPHABETICAL));
        grid.addColumn(this::titleOf).setHeader(getTranslation("delegates.col.title")).setKey("title").setFlexGrow(4)
                .setComparator(Comparator.comparing(this::titleOf, VietnameseCollation.comparator()));
        grid.addColumn(this::organisationOf).setHeader(getTranslation("delegates.col.organisation"))
                .setKey("organisation").setFlexGrow(2)
                .setComparator(Comparator.comparing(this::organisationOf, VietnameseCollation.comparator()));
        grid.getColumns().forEach(column -> column.setResizable(true));
        reorder = ReorderColumn.install(grid, () -> rows, canEdit, getTranslation("conference.moveUp"),
                getTranslation("conference.moveDown"),
                d -> change(() -> delegates.moveUp(d)), d -> change(() -> delegates.moveDown(d)),
                (d, to) -> change(() -> delegates.moveTo(d, to)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setAllRowsVisible(true);
    }

    private String titleOf(Delegate d) {
        if (d.getTitleLine() != null) {
            return d.getTitleLine();
        }
        return d.getPerson() != null && d.getPerson().getPosition() != null ? d.getPerson().getPosition() : "";
    }

    private String organisationOf(Delegate d) {
        if (d.getOrganisation() != null) {
            return d.getOrganisation();
        }
        return d.getPerson() != null && d.getPerson().getUnit() != null ? d.getPerson().getUnit().getName() : "";
    }

    private FormLayout form() {
        kind.setLabel(getTranslation("delegates.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("delegates.kind." + k.name()));
        kind.addValueChangeListener(e -> showKind());
        person.setLabel(getTranslation("delegates.person"));
        person.setItems(q -> conferences.findPeople(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> conferences.countPeople(q.getFilter().orElse("")));
        person.setItemLabelGenerator(PersonLabels::withPosition);
        guestName.setLabel(getTranslation("delegates.guestName"));
        guestRank.setLabel(getTranslation("delegates.guestRank"));
        guestRank.setItems(Rank.values());
        guestRank.setItemLabelGenerator(r -> r == Rank.NONE ? getTranslation("delegates.noRank") : r.label());
        titleLine.setLabel(getTranslation("delegates.titleLine"));
        titleLine.setPlaceholder(getTranslation("delegates.titleLine.placeholder"));
        organisation.setLabel(getTranslation("delegates.organisation"));
        add.setText(getTranslation("delegates.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addDelegate());
        save.setText(getTranslation("delegates.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveDelegate());
        remove.setText(getTranslation("delegates.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            if (change(() -> delegates.remove(editing))) {
                UiErrors.success(getTranslation("delegates.removed"));
            }
        });
        Button clear = new Button(getTranslation("delegates.new"), e -> grid.asSingleSelect().clear());
        HorizontalLayout buttons = new HorizontalLayout(add, save, remove, clear);
        buttons.setVisible(canEdit);
        FormLayout form = new FormLayout(kind, person, guestName, guestRank, titleLine, organisation, buttons);
        form.setColspan(titleLine, 2);
        form.setColspan(buttons, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setVisible(canEdit);
        return form;
    }

    private void showKind() {
        boolean guest = kind.getValue() == Kind.GUEST;
        person.setVisible(!guest);
        guestName.setVisible(guest);
        guestRank.setVisible(guest);
    }

    private void edit(Delegate delegate) {
        editing = delegate;
        kind.setValue(delegate == null || delegate.getPerson() != null ? Kind.PERSON : Kind.GUEST);
        kind.setReadOnly(delegate != null);
        person.setValue(delegate == null ? null : delegate.getPerson());
        person.setReadOnly(delegate != null);
        guestName.setValue(delegate == null || delegate.getGuestName() == null ? "" : delegate.getGuestName());
        guestRank.setValue(delegate == null || delegate.getGuestRank() == null ? Rank.NONE : delegate.getGuestRank());
        titleLine.setValue(delegate == null || delegate.getTitleLine() == null ? "" : delegate.getTitleLine());
        organisation.setValue(delegate == null || delegate.getOrganisation() == null ? "" : delegate.getOrganisation());
        add.setVisible(delegate == null);
        save.setVisible(delegate != null);
        remove.setVisible(delegate != null);
        showKind();
    }

    private void addDelegate() {
        boolean ok = change(() -> {
            if (kind.getValue() == Kind.GUEST) {
                delegates.addGuest(conference, guestName.getValue(), guestRank.getValue(), titleLine.getValue(),
                        organisation.getValue());
            } else {
                delegates.addPerson(conference, person.getValue(), titleLine.getValue());
            }
        });
        if (ok) {
            UiErrors.success(getTranslation("delegates.saved"));
            edit(null);
        }
    }

    private void saveDelegate() {
        editing.setGuestName(guestName.getValue());
        editing.setGuestRank(guestRank.getValue());
        editing.setTitleLine(titleLine.getValue());
        editing.setOrganisation(organisation.getValue());
        if (change(() -> delegates.update(editing))) {
            UiErrors.success(getTranslation("delegates.saved"));
        }
    }

    /** Runs an edit, then shows what is stored (also after a refusal of a stale copy). */
    private boolean change(Runnable action) {
        boolean ok = PlanningEdits.attempt(this, action, this::reload);
        if (ok) {
            reload();
        }
        return ok;
    }

    /** Reloads the stored delegates and the introduction text. */
    void reload() {
        rows = delegates.delegates(conference);
        Long selected = editing == null ? null : editing.getId();
        grid.setItems(rows);
        // read in protocol order: the provincial government's guests before or after the Director
        introduction.setText(delegates.introduction(conference));
        Delegate again = rows.stream().filter(d -> d.getId().equals(selected)).findFirst().orElse(null);
        if (again != null) {
            grid.select(again);
        } else {
            grid.asSingleSelect().clear();
        }
        edit(again);
    }

    ReorderColumn<Delegate> reorder() {
        return reorder;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegates.title") + " | " + getTranslation("app.title");
    }
}
