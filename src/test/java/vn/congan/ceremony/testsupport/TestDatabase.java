package vn.congan.ceremony.testsupport;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import vn.congan.ceremony.common.ProgrammeChanged;
import vn.congan.ceremony.demo.DemoDataLoader;
import vn.congan.ceremony.demo.LargeCeremonyData;

/**
 * Puts the database back to the demo scenario before each test, on H2 and MariaDB alike:
 * every table but Flyway's history is emptied, then the demo data is loaded again.
 */
@TestComponent
public class TestDatabase {

    private final DataSource dataSource;
    private final DemoDataLoader demo;
    private final LargeCeremonyData large;
    @org.springframework.beans.factory.annotation.Autowired private ApplicationEventPublisher events;

    public TestDatabase(DataSource dataSource, DemoDataLoader demo, LargeCeremonyData large) {
        this.dataSource = dataSource;
        this.demo = demo;
        this.large = large;
    }

    /** Empties every table. */
    public void clear() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean mariadb = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("maria")
                    || c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mysql");
            s.execute(mariadb ? "SET FOREIGN_KEY_CHECKS = 0" : "SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : tables(c)) {
                s.execute(mariadb ? "TRUNCATE TABLE " + table : "TRUNCATE TABLE " + table + " RESTART IDENTITY");
            }
            s.execute(mariadb ? "SET FOREIGN_KEY_CHECKS = 1" : "SET REFERENTIAL_INTEGRITY TRUE");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear the test database", e);
        }
        events.publishEvent(ProgrammeChanged.INSTANCE); // bypassed JPA: the live programme kept is dropped
    }

    /** Empties every table and loads the demo scenario again. */
    public void resetToDemo() {
        clear();
        demo.load();
    }

    /** Empties every table and loads the large ceremony (about 2,000 recipients) instead of the demo. */
    public void resetToLarge() {
        clear();
        large.load();
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
