package vn.congan.ceremony.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import vn.congan.ceremony.security.LoginEventService.LoginRecord;
import vn.congan.ceremony.security.LoginEventService;

/** The admin's login log on the users page: every attempt, newest first, fetched page by page. */
class LoginLogPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    LoginLogPanel(LoginEventService logins) {
        addClassName("login-log");
        setPadding(false);
        Grid<LoginRecord> grid = new Grid<>();
        grid.addColumn(r -> TIME.format(r.time())).setHeader(getTranslation("users.logins.col.time")).setAutoWidth(true);
        grid.addColumn(LoginRecord::username).setHeader(getTranslation("users.logins.col.user"));
        grid.addColumn(LoginRecord::address).setHeader(getTranslation("users.logins.col.address"));
        grid.addColumn(r -> getTranslation("users.logins.result." + r.result().name()))
                .setHeader(getTranslation("users.logins.col.result")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("login-log-grid");
        grid.setItems(query -> logins.newestFirst(query.getOffset(), query.getLimit()).stream(),
                query -> logins.count());
        grid.setHeight("320px");
        add(new H3(getTranslation("users.logins.title")), new Paragraph(getTranslation("users.logins.help")), grid);
    }
}
