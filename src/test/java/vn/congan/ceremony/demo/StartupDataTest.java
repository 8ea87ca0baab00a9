package vn.congan.ceremony.demo;

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
