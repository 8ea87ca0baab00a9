package vn.congan.ceremony.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * What the login and every page add to Vaadin's security set-up (issue 12): guessing is throttled
 * and logged ({@link LoginGuard}), the login form needs its CSRF token, and the browser gets a
 * Content-Security-Policy and a Referrer-Policy. Session cookies: see application.properties.
 */
@Component
public class LoginHardening {

    /**
     * The pages' policy: Vaadin's client needs inline and evaluated scripts and inline styles;
     * push needs the WebSocket (ws:/wss:, since older Safari does not match them with 'self').
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";
    /**
     * Downloads and PDF previews (Vaadin's dynamic resources): older Chrome versions show a PDF
     * through an internal plug-in that {@code object-src 'none'} or {@code default-src} on the PDF
     * itself would block (crbug.com/271452), in a tab as in the preview frame; they may only be
     * framed by the portal itself.
     */
    static final String DOWNLOAD_POLICY = "frame-ancestors 'self'";
    private static final String DYNAMIC_RESOURCES = "/VAADIN/dynamic/";

    private final RequestUtil vaadinRequests;
    private final LoginGuard guard;

    public LoginHardening(RequestUtil vaadinRequests, PortalUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, LoginEventService log) {
        this.vaadinRequests = vaadinRequests;
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        this.guard = new LoginGuard(new ProviderManager(passwords), throttle, log);
    }

    @Bean
    static LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    /**
     * Applies the above to the portal's filter chain; {@link SecurityConfig} calls it and turns
     * off Vaadin's own CSRF set-up, which is replaced here.
     */
    void apply(HttpSecurity http) throws Exception {
        http.authenticationManager(guard);
        http.formLogin(form -> form.failureHandler(failureRedirect()));
        // Vaadin's own configuration also exempts the login page from CSRF; only its internal
        // requests (which carry Vaadin's own token) stay exempt, so POST /login needs the token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(staleLoginPage());
                        return filter;
                    }
                }));
        // A refusal (e.g. 403 for a missing token) reaches the browser as such, not as a redirect to
        // the login page because the error page itself would need a login.
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        RequestMatcher downloads = LoginHardening::isDynamicResource;
        http.headers(headers -> headers
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(downloads),
                        new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(downloads,
                        new ContentSecurityPolicyHeaderWriter(DOWNLOAD_POLICY))));
    }

    /** A wrong password shows the usual error; a lock shows until when ({@link vn.congan.ceremony.security.ui.LoginView} reads it). */
    static AuthenticationFailureHandler failureRedirect() {
        return (request, response, exception) -> {
            String query = "error";
            if (exception instanceof LoginLockedException locked) {
                query = "locked=" + locked.getRetryAt().getEpochSecond()
                        + (locked.getScope() == LoginThrottle.Scope.ADDRESS ? "&scope=address" : "");
            }
            response.sendRedirect(request.getContextPath() + "/login?" + query);
        };
    }

    /**
     * A login form whose session is gone (the portal restarted, or the session expired, while the
     * page stayed open) has no token the server knows: back to a fresh login page that says so,
     * instead of a bare 403. A token that does not match the session's stays a 403. (Set on the CSRF
     * filter itself: Vaadin's configurer replaces the chain's access-denied handler.)
     */
    static AccessDeniedHandler staleLoginPage() {
        AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof MissingCsrfTokenException && "POST".equals(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            } else {
                refuse.handle(request, response, denied);
            }
        };
    }

    private static boolean isDynamicResource(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.startsWith(DYNAMIC_RESOURCES);
    }
}
