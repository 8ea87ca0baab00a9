package vn.congan.ceremony.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import vn.congan.ceremony.common.ProgrammeChanged;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.demo.LargeCeremonyData;

/**
 * Puts the database back to the demo scenario before each test, on H2 and MariaDB alike:
 * every table but Flyway's history is emptied, then the demo's rows are written back. The demo
 * is loaded through JPA once per database and JVM (the first reset), its rows kept as a
 * {@link DatabaseSnapshot} and restored with plain JDBC from then on (the contexts of a test run
 * share the one database, so they share the snapshot too). The large ceremony likewise.
 */
@TestComponent
public class TestDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    /** Per data set and database (its JDBC URL and user): loaded once, restored from then on. */
    private static final Map<String, DatabaseSnapshot> SNAPSHOTS = new ConcurrentHashMap<>();

    private final DataSource dataSource;
    private final DemoDataLoader demo;
    private final LargeCeremonyData large;
    private final ApplicationEventPublisher events;

    public TestDatabase(DataSource dataSource, DemoDataLoader demo, LargeCeremonyData large,
            ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.demo = demo;
        this.large = large;
        this.events = events;
    }

    /** Empties every table. */
    public void clear() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            DatabaseSnapshot.Dialect dialect = DatabaseSnapshot.Dialect.of(c);
            DatabaseSnapshot.inOneTransaction(c, () -> {
                for (String table : DatabaseSnapshot.tableNames(c)) {
                    s.execute(dialect.empty(table));
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear the test database", e);
        }
        events.publishEvent(ProgrammeChanged.INSTANCE); // bypassed JPA: the live programme kept is dropped
    }

    /** Empties every table and puts the demo scenario back. */
    public void resetToDemo() {
        reset("demo", demo::load);
    }

    /** Empties every table and puts the large ceremony (about 2,000 recipients) there instead of the demo. */
    public void resetToLarge() {
        reset("large", large::load);
    }

    private void reset(String dataSet, Runnable load) {
        long start = System.nanoTime();
        clear();
        try (Connection c = dataSource.getConnection()) {
            String key = dataSet + " " + c.getMetaData().getUserName() + "@" + c.getMetaData().getURL();
            DatabaseSnapshot snapshot = SNAPSHOTS.get(key);
            if (snapshot == null) {
                load.run();
                snapshot = DatabaseSnapshot.capture(c);
                SNAPSHOTS.put(key, snapshot);
                LOG.info("Test data set '{}' loaded in {} ms and kept: {} rows in {} tables", dataSet,
                        (System.nanoTime() - start) / 1_000_000, snapshot.rowCount(), snapshot.tableCount());
            } else {
                snapshot.restore(c);
                // what loading the data through JPA tells the live pages after its commit
                events.publishEvent(ProgrammeChanged.INSTANCE);
            }
            LOG.debug("Test data set '{}' put back in {} ms", dataSet, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot put the test data set '" + dataSet + "' back", e);
        }
    }
}
