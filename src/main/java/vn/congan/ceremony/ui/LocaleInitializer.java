package vn.congan.ceremony.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every UI speaks Vietnamese unless the user chose English for this session. */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    private static final String SESSION_KEY = "portal.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(sessionLocale(e.getUI().getSession())));
    }

    public static Locale sessionLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : PortalI18nProvider.VIETNAMESE;
    }

    /** Switches this session's language and redraws the page. */
    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
