package vn.congan.ceremony.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.security.AppUser;
import vn.congan.ceremony.security.AppUserRepository;
import vn.congan.ceremony.security.LoginEventService;
import vn.congan.ceremony.security.LoginResult;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class UsersViewTest extends AbstractViewTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    LoginEventService logins;

    @Test
    void anAdminAddsAUserWithRoles() {
        openAs(UsersView.class, "admin", Role.ADMIN);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên đăng nhập")), "letan01");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Họ và tên")), "Lễ tân cửa số 1");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class);
        _setValue(roles, Set.of(Role.MC));
        _setValue(_get(PasswordField.class), "matkhau-moi");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        expectNotifications("Đã lưu người dùng.");
        assertThat(users.findByUsername("letan01").orElseThrow().getRoles()).containsExactly(Role.MC);
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = _get(Grid.class, spec -> spec.withClasses("users-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(5);
    }

    @Test
    void theUsersSortByDisplayNameInVietnameseOrder() {
        users.save(new AppUser("dang", "Đặng Văn An", "x", EnumSet.of(Role.MC)));
        users.save(new AppUser("anh", "Trần Thị Ánh", "x", EnumSet.of(Role.MC)));
        users.save(new AppUser("zung", "Lê Văn Dũng", "x", EnumSet.of(Role.MC)));
        openAs(UsersView.class, "admin", Role.ADMIN);
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = _get(Grid.class, spec -> spec.withClasses("users-grid"));
        assertThat(grid.getColumns()).allMatch(Grid.Column::isResizable);
        GridKt._sortByKey(grid, "displayName", SortDirection.ASCENDING);
        List<String> names = GridKt._fetch(grid, 0, 100).stream().map(AppUser::getDisplayName)
                .filter(n -> n.contains("Văn") || n.contains("Thị")).toList();
        // given name first: An, Ánh, Dũng (Java's code-point order puts Ánh after Dũng)
        assertThat(names).containsExactly("Đặng Văn An", "Trần Thị Ánh", "Lê Văn Dũng");
    }

    @Test
    void aShortPasswordIsRefusedInVietnameseAndNothingIsSaved() {
        openAs(UsersView.class, "admin", Role.ADMIN);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên đăng nhập")), "letan02");
        _setValue(_get(PasswordField.class), "123");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        expectNotifications("Mật khẩu phải có ít nhất 8 ký tự.");
        assertThat(users.findByUsername("letan02")).isEmpty();
    }

    @Test
    void theAdminSeesEveryLoginNewestFirstWithUserAddressAndResult() {
        logins.record("admin", "10.0.0.7", LoginResult.FAILED);
        logins.record("admin", "10.0.0.7", LoginResult.SUCCESS);
        logins.record("khach\u001b[31m", "203.0.113.9", LoginResult.LOCKED);
        openAs(UsersView.class, "admin", Role.ADMIN);

        _get(H3.class, spec -> spec.withText("Nhật ký đăng nhập"));
        @SuppressWarnings("unchecked")
        Grid<LoginEventService.LoginRecord> log = _get(Grid.class, spec -> spec.withClasses("login-log-grid"));
        assertThat(GridKt._size(log)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(log, 0)).containsExactly(
                GridKt._getFormattedRow(log, 0).get(0), "khach?[31m", "203.0.113.9", "Bị từ chối (đang tạm khóa)");
        assertThat(GridKt._getFormattedRow(log, 1)).endsWith("admin", "10.0.0.7", "Đăng nhập thành công");
        assertThat(GridKt._getFormattedRow(log, 2)).endsWith("admin", "10.0.0.7", "Sai tên đăng nhập hoặc mật khẩu");
        assertThat(GridKt._getFormattedRow(log, 0).get(0)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void anMcCannotOpenTheUsersPage() {
        login("mc", Role.MC);
        UI.getCurrent().navigate(UsersView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(UsersView.class::isInstance);
        _assertNone(UsersView.class);
        // The refusal is explained in Vietnamese inside the portal (PageDeniedView).
        assertThat(_get(Paragraph.class, spec -> spec.withId("page-not-found-text"))
                .getText()).startsWith("Trang /users không tồn tại, hoặc tài khoản của bạn không có quyền mở trang này.");
    }
}
