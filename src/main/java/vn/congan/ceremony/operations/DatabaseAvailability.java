package vn.congan.ceremony.operations;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers: a real round trip ({@code SELECT 1} with a time limit), used by
 * the health endpoint and, once a page saw the database go away, repeated every few seconds until
 * it answers again; then every page that waits for it is told (the MC's banner goes away).
 */
@Component
public class DatabaseAvailability {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final JdbcTemplate jdbc;
    private final long retryMillis;
    private final List<Runnable> waiting = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "database-probe");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> probing;

    public DatabaseAvailability(DataSource dataSource,
            @Value("${portal.health.db-timeout-seconds:5}") int timeoutSeconds,
            @Value("${portal.health.db-retry-millis:2000}") long retryMillis) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(timeoutSeconds);
        this.retryMillis = retryMillis;
    }

    /** One round trip to the database; throws when it does not answer in time. */
    public void roundTrip() {
        Integer one = jdbc.queryForObject("SELECT 1", Integer.class);
        if (one == null || one != 1) {
            throw new IllegalStateException("SELECT 1 answered " + one);
        }
    }

    /** Whether the database answered a round trip just now. */
    public boolean answers() {
        try {
            roundTrip();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A page found the database away: {@code whenBack} runs once, on the probe's thread, as soon
     * as the database answers again. Returns the handle that cancels it (the page was closed).
     */
    public synchronized Runnable whenBack(Runnable whenBack) {
        waiting.add(whenBack);
        if (probing == null || probing.isDone()) {
            LOG.warn("The database does not answer; checking again every {} ms", retryMillis);
            probing = scheduler.scheduleWithFixedDelay(this::probe, retryMillis, retryMillis, TimeUnit.MILLISECONDS);
        }
        return () -> waiting.remove(whenBack);
    }

    /** Whether a page is waiting for the database to come back. */
    public synchronized boolean waiting() {
        return probing != null && !probing.isDone();
    }

    private void probe() {
        if (!answers()) {
            return;
        }
        synchronized (this) {
            probing.cancel(false);
        }
        LOG.info("The database answers again");
        for (Runnable r : List.copyOf(waiting)) {
            waiting.remove(r);
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("A page waiting for the database failed", e);
            }
        }
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }
}
