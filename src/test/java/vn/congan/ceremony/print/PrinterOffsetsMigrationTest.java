package vn.congan.ceremony.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9_71 on a database an earlier version filled: a profile's measured offsets become both its A4
 * tray's and its A3 tray's, so that nothing it prints moves. H2 in MariaDB mode, as the default database.
 */
class PrinterOffsetsMigrationTest {

    @Test
    void existingOffsetsServeBothPaperSizes() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:v971-" + UUID.randomUUID()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("9.61").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("INSERT INTO printer_profile (name, front_x_mm, front_y_mm, back_x_mm, back_y_mm, duplex) "
                + "VALUES ('HP LaserJet M404', 1.5, -0.5, 0.8, 1.2, TRUE)");

        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("9.71").load().migrate();

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM printer_profile WHERE name = 'HP LaserJet M404'");
        assertThat(row).containsEntry("front_x_mm", 1.5).containsEntry("front_y_mm", -0.5)
                .containsEntry("back_x_mm", 0.8).containsEntry("back_y_mm", 1.2)
                .containsEntry("a3_front_x_mm", 1.5).containsEntry("a3_front_y_mm", -0.5)
                .containsEntry("a3_back_x_mm", 0.8).containsEntry("a3_back_y_mm", 1.2);
        jdbc.update("INSERT INTO printer_profile (name) VALUES ('Máy mới')");
        assertThat(jdbc.queryForMap("SELECT a3_front_x_mm, a3_back_y_mm FROM printer_profile WHERE name = 'Máy mới'"))
                .containsEntry("a3_front_x_mm", 0.0).containsEntry("a3_back_y_mm", 0.0);
    }
}
