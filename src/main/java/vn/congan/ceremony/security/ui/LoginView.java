package vn.congan.ceremony.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import vn.congan.ceremony.security.LoginThrottle;
import vn.congan.ceremony.security.RetryTime;

/**
 * The Vietnamese login page; Spring Security handles the form post and comes back with
 * {@code ?error} (wrong name or password), {@code ?locked=<epoch seconds>} (too many failures,
 * see {@link LoginThrottle}), which this page turns into a message saying when to retry, or
 * {@code ?expired} (the form outlived its session, see {@link LoginHardening}).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LoginForm login = new LoginForm();
    private final LoginThrottle throttle;
    private final ZoneId zone;

    public LoginView(LoginThrottle throttle, @Value("${portal.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.throttle = throttle;
        this.zone = ZoneId.of(zone);
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.message")));
        add(title, subtitle, login);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Optional<String> locked = lockedMessage(query);
        boolean expired = query.containsKey("expired");
        if (locked.isPresent()) {
            login.setI18n(i18n(getTranslation("login.locked.title"), locked.get()));
        } else if (expired) {
            login.setI18n(i18n(getTranslation("login.expired.title"), getTranslation("login.expired.message")));
        } else {
            login.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.message")));
        }
        login.setError(locked.isPresent() || expired || query.containsKey("error"));
    }

    /** The lock message, or nothing when the lock has already passed (or the parameter is not a time). */
    private Optional<String> lockedMessage(Map<String, List<String>> query) {
        List<String> values = query.getOrDefault("locked", List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Instant retryAt;
        try {
            retryAt = Instant.ofEpochSecond(Long.parseLong(values.get(0)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        String scope = query.getOrDefault("scope", List.of()).contains("address") ? "address" : "account";
        return RetryTime.of(retryAt, throttle.clock().instant(), zone).map(retry -> retry.inSeconds()
                ? getTranslation("login.locked." + scope + ".seconds", String.valueOf(retry.seconds()))
                : getTranslation("login.locked." + scope + ".time", CLOCK_TIME.format(retry.at())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.form.title") + " | " + getTranslation("app.title");
    }
}
