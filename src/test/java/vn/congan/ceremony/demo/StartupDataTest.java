package vn.congan.ceremony.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import vn.congan.ceremony.security.UserService;

/** First start without demo data: one admin, never a fixed default password. */
class StartupDataTest {

    private final DemoDataLoader demo = mock(DemoDataLoader.class);
    private final UserService users = mock(UserService.class);

    @Test
    void withoutDemoDataTheFirstStartCreatesAnAdminWithARandomPassword() {
        when(users.hasUsers()).thenReturn(false);
        when(users.randomPassword()).thenReturn("Rand0mOneTimePass");
        new StartupData(demo, users, false, "").run(null);
        verify(users).create(eq("admin"), any(), eq("Rand0mOneTimePass"), any());
        verify(demo, never()).load();
    }

    @Test
    void thePasswordFromTheEnvironmentIsUsedWhenGiven() {
        when(users.hasUsers()).thenReturn(false);
        new StartupData(demo, users, false, "from-env-secret").run(null);
        verify(users).create(eq("admin"), any(), eq("from-env-secret"), any());
        verify(users, never()).randomPassword();
    }

    @Test
    void aTooShortPasswordFromTheEnvironmentStopsTheStartWithAReadableSentence() {
        when(users.hasUsers()).thenReturn(false);
        StartupData startup = new StartupData(demo, users, false, "abc1234");
        assertThatThrownBy(() -> startup.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("PORTAL_ADMIN_PASSWORD is too short (7 characters): the admin password needs at least 8 "
                        + "characters. Set a longer one, or leave it unset to get a random one-time password. / "
                        + "PORTAL_ADMIN_PASSWORD quá ngắn (7 ký tự): mật khẩu quản trị cần ít nhất 8 ký tự. Hãy đặt "
                        + "mật khẩu dài hơn, hoặc bỏ trống để hệ thống tạo mật khẩu dùng một lần.")
                .message().doesNotContain("user.error");
        verify(users, never()).create(any(), any(), any(), any());
    }

    @Test
    void withDemoDataAnEmptyDatabaseGetsTheScenario() {
        when(demo.databaseIsEmpty()).thenReturn(true);
        new StartupData(demo, users, true, "").run(null);
        verify(demo).load();
        verify(users, never()).create(any(), any(), any(), any());
    }

    @Test
    void anExistingDatabaseIsLeftAlone() {
        when(demo.databaseIsEmpty()).thenReturn(false);
        when(users.hasUsers()).thenReturn(true);
        new StartupData(demo, users, true, "").run(null);
        verify(demo, never()).load();
        verify(users, never()).create(any(), any(), any(), any());
    }
}
