package vn.congan.ceremony.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The side menu: every route annotated with {@link Menu} that the current user's roles
 * may open, in the menu order. The title of {@code @Menu} is an i18n key.
 */
@Component
public class NavigationMenu {

    /** One menu line. */
    public record Entry(String titleKey, String path, VaadinIcon icon, double order) {
    }

    private final AccessAnnotationChecker accessChecker;

    public NavigationMenu(AccessAnnotationChecker accessChecker) {
        this.accessChecker = accessChecker;
    }

    public List<Entry> entriesForCurrentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class))
                .filter(route -> route.getTemplate().indexOf(':') < 0)
                .filter(route -> auth != null && accessChecker.hasAccess(route.getNavigationTarget(), auth,
                        role -> hasRole(auth, role)))
                .map(NavigationMenu::entry)
                .sorted(Comparator.comparingDouble(Entry::order))
                .toList();
    }

    private static Entry entry(RouteData route) {
        Menu menu = route.getNavigationTarget().getAnnotation(Menu.class);
        return new Entry(menu.title(), "/" + route.getTemplate(), icon(menu.icon()), menu.order());
    }

    private static VaadinIcon icon(String name) {
        if (name == null || !name.startsWith("vaadin:")) {
            return null;
        }
        try {
            return VaadinIcon.valueOf(name.substring(7).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasRole(Authentication auth, String role) {
        String wanted = "ROLE_" + role;
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::equals);
    }
}
