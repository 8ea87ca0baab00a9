package vn.congan.ceremony.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.security.LoginEventService.LoginRecord;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/** The stored login log: newest first, paged, bounded in age and size, safe to print. */
@Tag("db")
class LoginEventServiceTest extends AbstractSpringTest {

    @Autowired
    LoginEventService logins;
    @Autowired
    LoginEventRepository events;

    @Test
    void attemptsAreStoredWithUserAddressAndResultNewestFirstAndPaged() {
        for (int i = 0; i < 25; i++) {
            logins.record("user" + i, "10.0.0." + i, i % 2 == 0 ? LoginResult.FAILED : LoginResult.SUCCESS);
        }
        assertThat(logins.count()).isEqualTo(25);
        List<LoginRecord> first = logins.newestFirst(0, 10);
        assertThat(first).extracting(LoginRecord::username).startsWith("user24", "user23", "user22");
        assertThat(logins.newestFirst(20, 10)).extracting(LoginRecord::username)
                .containsExactly("user4", "user3", "user2", "user1", "user0");
        assertThat(logins.newestFirst(3, 4)).extracting(LoginRecord::username)
                .containsExactly("user21", "user20", "user19", "user18");
        assertThat(first.get(0).result()).isEqualTo(LoginResult.FAILED);
        assertThat(first.get(0).address()).isEqualTo("10.0.0.24");
    }

    @Test
    void vietnameseNamesAreKeptAndControlCharactersAndHugeInputAreNot() {
        logins.record("Nguyễn Văn An\r\nFAKE LOG LINE\u202e", "10.0.0.1", LoginResult.FAILED);
        logins.record("x".repeat(5000), "10.0.0.1", LoginResult.FAILED);
        List<LoginRecord> rows = logins.newestFirst(0, 10);
        assertThat(rows.get(1).username()).isEqualTo("Nguyễn Văn An??FAKE LOG LINE?");
        assertThat(rows.get(0).username()).hasSize(100);
    }

    @Test
    void theLogKeepsNinetyDaysAndAtMostTenThousandRows() {
        Instant now = Instant.now();
        List<LoginEvent> batch = new ArrayList<>();
        batch.add(new LoginEvent(now.minus(Duration.ofDays(91)), "old", "10.0.0.1", LoginResult.SUCCESS));
        for (int i = 0; i < LoginEventService.KEEP_ROWS + 5; i++) {
            batch.add(new LoginEvent(now.minusSeconds(3600).plusMillis(i), "u" + i, "10.0.0.2", LoginResult.FAILED));
        }
        events.saveAll(batch);
        assertThat(logins.prune()).isEqualTo(6);
        assertThat(logins.count()).isEqualTo(LoginEventService.KEEP_ROWS);
        assertThat(logins.newestFirst(LoginEventService.KEEP_ROWS - 1, 1)).extracting(LoginRecord::username)
                .containsExactly("u5");
    }
}
