package vn.congan.ceremony.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.stream.Collectors;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.security.AppUser;
import vn.congan.ceremony.security.LoginEventService;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.security.UserService;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;

/** The admin page: lists users, sets their roles and passwords, adds users; shows the login log. */
@Route(value = "users", layout = MainLayout.class)
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<AppUser> grid = new Grid<>(AppUser.class, false);
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox enabled = new Checkbox();
    private final PasswordField password = new PasswordField();
    private final Button save = new Button();
    private final Button setPassword = new Button();
    private AppUser editing;

    public UsersView(UserService users, LoginEventService logins) {
        this.users = users;
        addClassName("users-view");
        setSizeFull();
        configureGrid();
        LoginLogPanel loginLog = new LoginLogPanel(logins);
        add(new H2(getTranslation("users.title")), grid, form(), loginLog);
        setFlexShrink(0, loginLog); // the page scrolls to the log rather than squeezing it
        refresh();
        edit(null);
    }

    private void configureGrid() {
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("users.col.username")).setKey("username")
                .setComparator(Comparator.comparing(AppUser::getUsername, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("users.col.displayName")).setFlexGrow(2)
                .setKey("displayName").setComparator(Comparator.comparing(u -> PersonName.parse(u.getDisplayName()),
                        PersonName.ALPHABETICAL));
        grid.addColumn(u -> u.getRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.col.roles")).setFlexGrow(2);
        grid.addColumn(u -> u.isEnabled() ? "✓" : "").setHeader(getTranslation("users.col.enabled"));
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setHeight("40%");
        grid.setMinHeight("16em"); // the login log below must not squeeze the list of users
        grid.addClassName("users-grid");
    }

    private FormLayout form() {
        username.setLabel(getTranslation("users.col.username"));
        displayName.setLabel(getTranslation("users.col.displayName"));
        roles.setLabel(getTranslation("users.col.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        enabled.setLabel(getTranslation("users.col.enabled"));
        password.setLabel(getTranslation("users.newPassword"));
        save.setText(getTranslation("users.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        setPassword.setText(getTranslation("users.setPassword"));
        setPassword.addClickListener(e -> changePassword());
        Button add = new Button(getTranslation("users.add"), e -> {
            grid.asSingleSelect().clear();
            edit(null);
        });
        HorizontalLayout buttons = new HorizontalLayout(save, setPassword, add);
        buttons.setWrap(true);
        FormLayout form = new FormLayout(username, displayName, roles, enabled, password);
        form.add(buttons, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        return form;
    }

    private void edit(AppUser user) {
        editing = user;
        username.setReadOnly(user != null);
        username.setValue(user == null ? "" : user.getUsername());
        displayName.setValue(user == null ? "" : user.getDisplayName());
        roles.setValue(user == null ? EnumSet.noneOf(Role.class) : user.getRoles());
        enabled.setValue(user == null || user.isEnabled());
        password.clear();
        setPassword.setEnabled(user != null);
    }

    private void save() {
        EnumSet<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        boolean ok = UiErrors.attempt(this, () -> {
            if (editing == null) {
                users.create(username.getValue(), displayName.getValue(), password.getValue(), chosen);
            } else {
                editing.setDisplayName(displayName.getValue());
                users.update(editing, chosen, enabled.getValue());
            }
        });
        refresh();
        if (ok) {
            UiErrors.success(getTranslation("users.saved"));
            edit(null);
        }
    }

    private void changePassword() {
        if (editing != null && UiErrors.attempt(this, () -> users.setPassword(editing.getId(), password.getValue()))) {
            UiErrors.success(getTranslation("users.passwordSet"));
            password.clear();
        }
    }

    private void refresh() {
        grid.setItems(users.findAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | " + getTranslation("app.title");
    }
}
