package vn.congan.ceremony.operations;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health check (it replaces Spring Boot's own, which may wait forever on a hung
 * database): a real {@code SELECT 1} round trip with a time limit. Part of the readiness group,
 * so readiness is DOWN while the database is away.
 */
@Component("dbHealthIndicator")
public class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatabaseHealthIndicator.class);

    private final DatabaseAvailability database;

    public DatabaseHealthIndicator(DatabaseAvailability database) {
        super("The database does not answer");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try {
            database.roundTrip();
            builder.up();
        } catch (RuntimeException e) {
            // One line per check, not a stack trace every few seconds while the database is away.
            LOG.warn("Health: the database does not answer ({})", e.getMessage());
            builder.down();
        }
    }
}
