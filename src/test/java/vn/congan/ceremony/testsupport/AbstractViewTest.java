package vn.congan.ceremony.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import vn.congan.ceremony.security.Role;

/**
 * Browserless UI tests with Karibu-Testing: a mock Vaadin servlet on the real Spring
 * context, and a programmatic login that sets both Spring's security context and the
 * fake request's principal and roles (Vaadin's navigation access check reads the latter).
 */
public abstract class AbstractViewTest extends AbstractSpringTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.congan.ceremony");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Logs in as {@code username} with {@code roles}, as Spring Security would after the form post. */
    protected void login(String username, Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        List<SimpleGrantedAuthority> authorities = names.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        User principal = new User(username, "n/a", authorities);
        UsernamePasswordAuthenticationToken auth = new UsernamePasswordAuthenticationToken(principal, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, role) -> names.contains(role));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((p, role) -> false);
        }
    }

    /** Logs in and opens {@code view}, as after a fresh page load. */
    protected <T extends Component> void openAs(Class<T> view, String username, Role... roles) {
        login(username, roles);
        UI.getCurrent().navigate(view);
    }
}
