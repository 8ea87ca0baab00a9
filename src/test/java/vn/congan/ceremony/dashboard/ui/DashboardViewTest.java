package vn.congan.ceremony.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.AwardCount;
import vn.congan.ceremony.security.ui.LoginView;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.security.ui.UsersView;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class DashboardViewTest extends AbstractViewTest {

    @Test
    void anAnonymousVisitorIsSentToTheVietnameseLoginPage() {
        UI.getCurrent().navigate("");
        _get(LoginView.class);
        assertThat(_get(H1.class).getText())
                .isEqualTo("Hội nghị tổng kết và lễ khen thưởng");
    }

    @Test
    void theDashboardCountsCollectivesAndIndividualsPerAwardForm() {
        openAs(DashboardView.class, "organizer", Role.ORGANIZER);

        assertThat(_find(Span.class, spec -> spec.withClasses("award-card-counts")))
                .extracting(Span::getText)
                .containsExactly("3 tập thể, 5 cá nhân", "38 tập thể, 96 cá nhân");
        @SuppressWarnings("unchecked")
        Grid<AwardCount> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        AwardCount giayKhen = GridKt._get(grid, 1);
        assertThat(giayKhen.formName()).isEqualTo("Giấy khen của Giám đốc Công an tỉnh");
        assertThat(giayKhen.collectives()).isEqualTo(38);
        assertThat(giayKhen.individuals()).isEqualTo(96);
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayOpen() {
        openAs(DashboardView.class, "mc", Role.MC);
        assertThat(_find(SideNavItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .contains("Tổng quan").doesNotContain("Người dùng");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).doesNotContain("users");
    }

    @Test
    void aPageTheRoleMayNotOpenIsExplainedInVietnameseInsideThePortal() {
        openAs(DashboardView.class, "mc", Role.MC);
        UI.getCurrent().navigate("users");
        assertThat(_find(UsersView.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("page-not-found-text"))
                .getText()).isEqualTo("Trang /users không tồn tại, hoặc tài khoản của bạn không có quyền mở trang này. "
                        + "Các trang bạn được dùng có trong danh mục bên trái.");
        assertThat(_find(SideNavItem.class)).as("still inside the portal, with the menu").isNotEmpty();
        UI.getCurrent().navigate("no-such-page");
        assertThat(_get(H2.class).getText()).isEqualTo("Không mở được trang này");
    }

    @Test
    void printStaffSeeThePrintPagesButNotPlanningOrTheCeremony() {
        openAs(DashboardView.class, "print", Role.PRINT);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath)
                .contains("print/certificates", "print/templates", "print/printers", "seating-print", "mc-script")
                .doesNotContain("users", "decisions", "units", "people", "stage-order", "seating", "mc", "backstage",
                        "checkin");
    }

    @Test
    void theAdminSeesTheUsersPage() {
        openAs(DashboardView.class, "admin", Role.ADMIN, Role.ORGANIZER);
        assertThat(_find(SideNavItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .contains("Tổng quan", "Người dùng");
    }
}
