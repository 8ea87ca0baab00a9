package vn.congan.ceremony.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.security.LoginThrottle.Refusal;
import vn.congan.ceremony.security.LoginThrottle.Rule;
import vn.congan.ceremony.security.LoginThrottle.Scope;

/** The guessing rule on its own: counts, waits, locks and forgetting, with a clock the test moves. */
class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-12-05T07:00:00Z");
    private final ManualClock clock = new ManualClock(START);
    private final LoginThrottle throttle = new LoginThrottle(clock);

    /** One attempt that fails; returns the wait in force afterwards. */
    private Optional<Refusal> fail(String user, String address) {
        assertThat(throttle.begin(user, address)).as("attempt of %s from %s is let in", user, address).isEmpty();
        return throttle.failed(user, address);
    }

    @Test
    void theAccountWaitsLongerAfterEachFailureAndLocksAMinuteAfterTheFifth() {
        assertThat(fail("admin", "10.0.0.1")).isEmpty();
        assertThat(fail("admin", "10.0.0.1")).isEmpty();
        assertThat(fail("admin", "10.0.0.1")).contains(new Refusal(Scope.ACCOUNT, START.plusSeconds(15)));
        clock.advance(Duration.ofSeconds(15));
        assertThat(fail("admin", "10.0.0.1")).map(Refusal::retryAt).contains(clock.instant().plusSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(fail("admin", "10.0.0.1")).map(Refusal::retryAt).contains(clock.instant().plusSeconds(60));
    }

    @Test
    void whileLockedEveryAttemptIsRefusedAndNotCounted() {
        for (int i = 1; i <= 4; i++) {
            fail("admin", "10.0.0.1");
            clock.advance(Rule.ACCOUNT.waitAfter(i));
        }
        fail("admin", "10.0.0.1");
        Instant lockedUntil = throttle.refusal("admin", "10.0.0.1").orElseThrow().retryAt();
        clock.advance(Duration.ofSeconds(59));
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.begin("ADMIN ", "10.0.0.2")).contains(new Refusal(Scope.ACCOUNT, lockedUntil));
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.begin("admin", "10.0.0.2")).as("the lock has expired").isEmpty();
        // the refused attempts did not count: the next failure is the 6th, which locks 2 minutes
        assertThat(throttle.failed("admin", "10.0.0.2")).map(Refusal::retryAt)
                .contains(clock.instant().plus(Duration.ofMinutes(2)));
    }

    @Test
    void theLockDoublesUpToFifteenMinutes() {
        assertThat(Rule.ACCOUNT.waitAfter(1)).isZero();
        assertThat(Rule.ACCOUNT.waitAfter(2)).isZero();
        assertThat(Rule.ACCOUNT.waitAfter(3)).hasSeconds(15);
        assertThat(Rule.ACCOUNT.waitAfter(4)).hasSeconds(30);
        assertThat(Rule.ACCOUNT.waitAfter(5)).hasMinutes(1);
        assertThat(Rule.ACCOUNT.waitAfter(6)).hasMinutes(2);
        assertThat(Rule.ACCOUNT.waitAfter(7)).hasMinutes(4);
        assertThat(Rule.ACCOUNT.waitAfter(8)).hasMinutes(8);
        assertThat(Rule.ACCOUNT.waitAfter(9)).hasMinutes(15);
        assertThat(Rule.ACCOUNT.waitAfter(1_000_000)).hasMinutes(15);
        assertThat(Rule.ADDRESS.waitAfter(17)).isZero();
        assertThat(Rule.ADDRESS.waitAfter(20)).hasMinutes(1);
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            fail("mc", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.begin("mc", "10.0.0.1")).isEmpty();
        throttle.succeeded("mc");
        assertThat(throttle.refusal("mc", "10.0.0.1")).isEmpty();
        assertThat(fail("mc", "10.0.0.1")).as("a fresh start: the first failure is free").isEmpty();
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedAfterTwentyFailures() {
        for (int i = 1; i <= 17; i++) {
            assertThat(fail("user" + i, "192.168.1.9")).isEmpty();
        }
        assertThat(fail("user18", "192.168.1.9")).contains(new Refusal(Scope.ADDRESS, clock.instant().plusSeconds(15)));
        clock.advance(Duration.ofSeconds(15));
        fail("user19", "192.168.1.9");
        clock.advance(Duration.ofSeconds(30));
        assertThat(fail("user20", "192.168.1.9")).contains(new Refusal(Scope.ADDRESS, clock.instant().plusSeconds(60)));
        assertThat(throttle.begin("someone-else", "192.168.1.9")).isPresent();
        assertThat(throttle.begin("someone-else", "192.168.1.10")).as("another address is not concerned").isEmpty();
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLast() {
        fail("mc", "10.0.0.1");
        fail("mc", "10.0.0.1");
        clock.advance(Duration.ofHours(1));
        assertThat(fail("mc", "10.0.0.1")).as("the count started again").isEmpty();
    }

    @Test
    void parallelAttemptsCountBeforeTheyEndSoOnlyThreeOfManyGetIn() {
        int letIn = 0;
        for (int i = 0; i < 200; i++) {
            if (throttle.begin("admin", "10.0.0." + i).isEmpty()) {
                letIn++;
            }
        }
        assertThat(letIn).isEqualTo(3);
    }

    @Test
    void theTablesStayBoundedWhateverNamesAreTried() {
        LoginThrottle small = new LoginThrottle(clock, Rule.ACCOUNT, Rule.ADDRESS, 100);
        for (int i = 0; i < 10_000; i++) {
            small.begin("invented-" + i, "10.1." + (i / 250) + "." + (i % 250));
            small.failed("invented-" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        small.begin("admin", "10.9.9.9");
        small.begin("admin", "10.9.9.9");
        assertThat(small.begin("admin", "10.9.9.9")).isEmpty();
        assertThat(small.refusal("admin", "10.9.9.9")).as("the newest entry is kept").isPresent();
    }

    @Test
    void hugeUserNamesAreCutToABoundedKey() {
        String huge = "a".repeat(1_000_000);
        assertThat(LoginThrottle.accountKey(huge)).hasSize(LoginThrottle.MAX_KEY_LENGTH);
        assertThat(LoginThrottle.accountKey("  Admin ")).isEqualTo("admin");
    }
}
