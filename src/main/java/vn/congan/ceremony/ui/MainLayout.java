package vn.congan.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The frame of every logged-in page: title, the menu of what this user's roles may
 * open, the language switch and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(NavigationMenu menu, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        addToNavbar(true, new DrawerToggle(), title, userBar(authentication));

        Span brand = new Span(getTranslation("app.short"));
        brand.addClassName("drawer-brand");
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (NavigationMenu.Entry entry : menu.entriesForCurrentUser()) {
            // The label is a span, not SideNavItem's bare text: a long label ("Mẫu giấy khen, bằng khen")
            // then wraps onto a second line instead of being cut beside a 1024 px screen.
            SideNavItem item = new SideNavItem(null, entry.path());
            Span label = new Span(getTranslation(entry.titleKey()));
            label.addClassName("main-nav-label");
            item.getElement().appendChild(label.getElement());
            if (entry.icon() != null) {
                item.setPrefixComponent(entry.icon().create());
            }
            nav.addItem(item);
        }
        addToDrawer(brand, nav);
    }

    private Component userBar(AuthenticationContext authentication) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("user-bar");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);

        Select<Locale> language = new Select<>();
        language.setItems(PortalI18nProvider.VIETNAMESE, PortalI18nProvider.ENGLISH);
        language.setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "Tiếng Việt");
        language.setValue("en".equals(getLocale().getLanguage()) ? PortalI18nProvider.ENGLISH : PortalI18nProvider.VIETNAMESE);
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                LocaleInitializer.choose(getUI().orElseThrow(), e.getValue());
            }
        });
        language.setAriaLabel(getTranslation("nav.language"));
        language.addClassName("language-select");

        Span user = new Span(authentication.getAuthenticatedUser(UserDetails.class)
                .map(UserDetails::getUsername).orElse(""));
        user.addClassName("user-name");
        Button logout = new Button(getTranslation("nav.logout"), new Icon("vaadin", "sign-out"),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        bar.add(language, user, logout);
        return bar;
    }
}
