package vn.congan.ceremony.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The login log: every attempt goes to the application log (user, address, time) and to the
 * {@code login_event} table, which keeps the last {@value #KEEP_DAYS} days and at most
 * {@value #KEEP_ROWS} rows, so a flood of guesses cannot fill the database.
 */
@Service
public class LoginEventService {

    static final int KEEP_DAYS = 90;
    static final int KEEP_ROWS = 10_000;
    /** How many attempts are written between two clean-ups of the table. */
    static final int PRUNE_EVERY = 500;
    /** Longest user name stored; the column holds 100 characters. */
    static final int MAX_USERNAME = 100;

    private static final Logger LOG = LoggerFactory.getLogger(LoginEventService.class);

    /** One row of the admin's login log, in the portal's time zone. */
    public record LoginRecord(LocalDateTime time, String username, String address, LoginResult result) {
    }

    private final LoginEventRepository events;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger sincePrune = new AtomicInteger();
    private final TransactionTemplate writeTx;

    public LoginEventService(LoginEventRepository events, PlatformTransactionManager txm,
            @Value("${portal.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.events = events;
        this.writeTx = new TransactionTemplate(txm);
        this.zone = ZoneId.of(zone);
    }

    /** Logs and stores one attempt; a failure to store never changes the login's outcome. */
    public void record(String username, String address, LoginResult result) {
        String user = printable(username, MAX_USERNAME);
        String from = printable(address, 64);
        Instant now = clock.instant();
        if (result == LoginResult.SUCCESS) {
            LOG.info("Login succeeded: user '{}' from {} at {}", user, from, now);
        } else {
            LOG.warn("Login {}: user '{}' from {} at {}", result == LoginResult.LOCKED ? "refused (locked)" : "failed",
                    user, from, now);
        }
        try {
            events.save(new LoginEvent(now, user, from, result));
            if (sincePrune.incrementAndGet() >= PRUNE_EVERY) {
                sincePrune.set(0);
                prune();
            }
        } catch (RuntimeException e) {
            LOG.error("Could not store the login event of '{}' from {}", user, from, e);
        }
    }

    /** The newest attempts first, {@code limit} rows from {@code offset} (lazy paging of the grid). */
    @Transactional(readOnly = true)
    public List<LoginRecord> newestFirst(int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<LoginEvent> rows = offset % limit == 0
                ? events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(offset / limit, limit))
                : events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, offset + limit)).stream()
                        .skip(offset).toList();
        return rows.stream().map(e -> new LoginRecord(LocalDateTime.ofInstant(e.getOccurredAt(), zone),
                e.getUsername(), e.getAddress(), e.getResult())).toList();
    }

    @Transactional(readOnly = true)
    public int count() {
        return (int) Math.min(Integer.MAX_VALUE, events.count());
    }

    /** Deletes attempts older than {@value #KEEP_DAYS} days and all but the newest {@value #KEEP_ROWS}. */
    public int prune() {
        return writeTx.execute(status -> {
            List<Long> oldestKept = events.idsNewestFirst(PageRequest.of(KEEP_ROWS - 1, 1));
            long minId = oldestKept.isEmpty() ? 0 : oldestKept.get(0);
            return events.deleteOlderThan(clock.instant().minus(Duration.ofDays(KEEP_DAYS)), minId);
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void pruneAtStart() {
        int deleted = prune();
        if (deleted > 0) {
            LOG.info("Login log: removed {} old entries", deleted);
        }
    }

    /** Keeps log lines and the table readable: no line breaks or other control characters, bounded length. */
    static String printable(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        text.codePoints().limit(maxLength).forEach(cp -> {
            int type = Character.getType(cp);
            boolean hidden = Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
            sb.appendCodePoint(hidden ? '?' : cp);
        });
        if (sb.length() > maxLength) {
            sb.setLength(Character.isHighSurrogate(sb.charAt(maxLength - 1)) ? maxLength - 1 : maxLength);
        }
        return sb.toString();
    }
}
