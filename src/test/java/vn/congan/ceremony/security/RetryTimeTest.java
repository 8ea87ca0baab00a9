package vn.congan.ceremony.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RetryTimeTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2026-12-05T07:31:10Z"); // 14:31:10 in Hà Nội

    @Test
    void withinAMinuteTheWaitIsGivenInSeconds() {
        assertThat(RetryTime.of(NOW.plusSeconds(60), NOW, HANOI)).contains(new RetryTime(60, null));
        assertThat(RetryTime.of(NOW.plusMillis(14_200), NOW, HANOI)).contains(new RetryTime(15, null));
    }

    @Test
    void longerWaitsGiveTheClockTimeRoundedUpToTheMinute() {
        RetryTime retry = RetryTime.of(NOW.plusSeconds(61), NOW, HANOI).orElseThrow();
        assertThat(retry.inSeconds()).isFalse();
        assertThat(retry.at()).isEqualTo(LocalTime.of(14, 33));
        assertThat(RetryTime.of(Instant.parse("2026-12-05T07:45:00Z"), NOW, HANOI).orElseThrow().at())
                .isEqualTo(LocalTime.of(14, 45));
    }

    @Test
    void aPassedLockSaysNothing() {
        assertThat(RetryTime.of(NOW, NOW, HANOI)).isEmpty();
        assertThat(RetryTime.of(NOW.minusSeconds(5), NOW, HANOI)).isEmpty();
    }
}
