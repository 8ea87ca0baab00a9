package vn.congan.ceremony.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The throttle in front of a real password check (bcrypt), without Spring's context: guesses sent
 * at once or one after another are stopped, and the right password is refused while locked.
 */
class LoginGuardTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-05T07:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final LoginEventService log = mock(LoginEventService.class);
    private final LoginGuard guard;
    private final ExecutorService pool = Executors.newFixedThreadPool(32);

    LoginGuardTest() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername("admin").password(encoder.encode("right-password")).roles("ADMIN").build()));
        passwords.setPasswordEncoder(encoder);
        guard = new LoginGuard(new ProviderManager(passwords), throttle, log);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static Authentication attempt(String user, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails((HttpServletRequest) request));
        return token;
    }

    /** The outcome of one attempt: "ok", "wrong" or "locked". */
    private String outcome(String user, String password, String address) {
        try {
            guard.authenticate(attempt(user, password, address));
            return "ok";
        } catch (LoginLockedException e) {
            return e.getCause() instanceof BadCredentialsException ? "wrong" : "locked";
        } catch (AuthenticationException e) {
            return "wrong";
        }
    }

    @Test
    void twoHundredParallelGuessesAreStoppedAfterThreeAndTheRightPasswordWaitsForTheLock() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String guess = "guess-" + i;
            Callable<String> task = () -> {
                start.await();
                return outcome("admin", guess, "203.0.113.7");
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        int checked = 0;
        int refused = 0;
        for (Future<String> f : results) {
            String r = f.get();
            checked += r.equals("wrong") ? 1 : 0;
            refused += r.equals("locked") ? 1 : 0;
        }
        assertThat(checked).as("passwords actually checked").isEqualTo(3);
        assertThat(refused).isEqualTo(197);
        verify(log, times(3)).record(eq("admin"), eq("203.0.113.7"), eq(LoginResult.FAILED));
        verify(log, times(197)).record(eq("admin"), eq("203.0.113.7"), eq(LoginResult.LOCKED));

        assertThat(outcome("admin", "right-password", "198.51.100.1")).as("right password, while locked")
                .isEqualTo("locked");
        clock.advance(Duration.ofSeconds(14));
        assertThat(outcome("admin", "right-password", "198.51.100.1")).isEqualTo("locked");
        clock.advance(Duration.ofSeconds(1));
        assertThat(outcome("admin", "right-password", "198.51.100.1")).as("the lock has expired").isEqualTo("ok");
        verify(log).record("admin", "198.51.100.1", LoginResult.SUCCESS);
    }

    @Test
    void serialGuessingThatWaitsOutEveryLockGetsElevenTriesInAnHour() {
        Instant end = clock.instant().plus(Duration.ofHours(1));
        int checked = 0;
        int refused = 0;
        while (clock.instant().isBefore(end)) {
            String r = outcome("admin", "guess-" + checked, "203.0.113.7");
            if (r.equals("wrong")) {
                checked++;
            } else {
                refused++;
                Instant retryAt = throttle.refusal("admin", "203.0.113.7").orElseThrow().retryAt();
                clock.advance(Duration.between(clock.instant(), retryAt));
            }
        }
        // 2 free, then waits of 15 s, 30 s, 1, 2, 4, 8 and 15 minutes: about 23 per second before.
        assertThat(checked).isEqualTo(11);
        assertThat(refused).isEqualTo(9);
        assertThat(outcome("admin", "one-more-guess", "203.0.113.7")).isEqualTo("wrong");
        assertThat(outcome("admin", "right-password", "198.51.100.1")).as("locked for 15 minutes")
                .isEqualTo("locked");
        assertThat(throttle.refusal("admin", "198.51.100.1").orElseThrow().retryAt())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void twoHundredSerialGuessesWithoutWaitingAreRefusedAfterTheThird() {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            outcomes.add(outcome("admin", "guess-" + i, "203.0.113.7"));
        }
        assertThat(outcomes.subList(0, 3)).containsExactly("wrong", "wrong", "wrong");
        assertThat(outcomes.subList(3, 200)).containsOnly("locked");
        assertThat(outcome("admin", "right-password", "203.0.113.7")).isEqualTo("locked");
    }

    @Test
    void aSuccessIsLoggedAndStartsTheCountAfresh() {
        assertThat(outcome("admin", "wrong", "10.0.0.1")).isEqualTo("wrong");
        assertThat(outcome("admin", "wrong", "10.0.0.1")).isEqualTo("wrong");
        assertThat(outcome("admin", "right-password", "10.0.0.1")).isEqualTo("ok");
        assertThat(outcome("admin", "wrong", "10.0.0.1")).isEqualTo("wrong");
        assertThat(throttle.refusal("admin", "10.0.0.1")).isEmpty();
        verify(log).record("admin", "10.0.0.1", LoginResult.SUCCESS);
        verify(log, times(3)).record(eq("admin"), eq("10.0.0.1"), eq(LoginResult.FAILED));
    }

    @Test
    void unknownUserNamesAreThrottledLikeRealOnesSoTheLockRevealsNothing() {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(outcome("no-such-user", "x", "10.0.0.1"));
        }
        assertThat(outcomes).containsExactly("wrong", "wrong", "wrong", "locked", "locked");
        verify(log, times(2)).record(eq("no-such-user"), any(), eq(LoginResult.LOCKED));
    }
}
