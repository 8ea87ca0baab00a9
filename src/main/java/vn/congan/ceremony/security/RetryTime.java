package vn.congan.ceremony.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a refused login may try again, as the login page says it: in seconds when it is at most a
 * minute away ("sau 60 giây"), otherwise the clock time rounded up to the minute ("sau 14:32").
 */
public record RetryTime(long seconds, LocalTime at) {

    /** Nothing when {@code retryAt} has passed. */
    public static Optional<RetryTime> of(Instant retryAt, Instant now, ZoneId zone) {
        long millis = Duration.between(now, retryAt).toMillis();
        if (millis <= 0) {
            return Optional.empty();
        }
        long seconds = (millis + 999) / 1000;
        if (seconds <= 60) {
            return Optional.of(new RetryTime(seconds, null));
        }
        Instant minute = retryAt.truncatedTo(ChronoUnit.MINUTES);
        Instant shown = minute.equals(retryAt) ? minute : minute.plus(Duration.ofMinutes(1));
        return Optional.of(new RetryTime(seconds, LocalTime.ofInstant(shown, zone)));
    }

    public boolean inSeconds() {
        return at == null;
    }
}
