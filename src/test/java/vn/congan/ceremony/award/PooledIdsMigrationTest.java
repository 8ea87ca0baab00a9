package vn.congan.ceremony.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9_83_1 on a database an earlier version filled: unit, person and award get a sequence each
 * (ids 50 at a time, for batched inserts) that starts above the largest id, and every row keeps
 * its id and data. On a fresh in-memory H2 in MariaDB mode; with {@code -Pmariadb} on a fresh
 * database of the MariaDB server too (created next to {@code MARIADB_URL}'s and dropped after).
 */
@Tag("db")
class PooledIdsMigrationTest {

    @Test
    void existingRowsKeepTheirIdsAndNewIdsStartAboveThem() {
        if (onMariaDb()) {
            String server = System.getenv().getOrDefault("MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test")
                    .replaceFirst("/[^/]*$", "/");
            String name = "v9831_" + UUID.randomUUID().toString().substring(0, 8);
            JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(server,
                    System.getenv().getOrDefault("MARIADB_USER", "root"),
                    System.getenv().getOrDefault("MARIADB_PASSWORD", "")));
            admin.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try {
                migrateAndCheck(new DriverManagerDataSource(server + name,
                        System.getenv().getOrDefault("MARIADB_USER", "root"),
                        System.getenv().getOrDefault("MARIADB_PASSWORD", "")));
            } finally {
                admin.execute("DROP DATABASE " + name);
            }
        } else {
            migrateAndCheck(new DriverManagerDataSource("jdbc:h2:mem:v9831-" + UUID.randomUUID()
                    + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""));
        }
    }

    private static boolean onMariaDb() {
        return String.valueOf(System.getProperty("spring.profiles.active")).contains("mariadb");
    }

    private static void migrateAndCheck(DataSource db) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("9.71").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("INSERT INTO award_form (id, name, title, authority_line, issuing_body, precedence, default_paper) "
                + "VALUES (3, 'Giấy khen của Giám đốc Công an tỉnh', 'GIẤY KHEN', 'GIÁM ĐỐC', 'CÔNG AN TỈNH', 40, 'A4')");
        jdbc.update("INSERT INTO conference (id, title, conference_date, start_time) "
                + "VALUES (2, 'Hội nghị', '2020-11-20', '07:30:00')");
        jdbc.update("INSERT INTO award_decision (id, conference_id, award_form_id, decision_number, decision_date, "
                + "signer_capacity, signer_rank, signer_name) "
                + "VALUES (5, 2, 3, '1234/QĐ-CAT-PV01', '2020-11-10', 'GIÁM ĐỐC', 'DAI_TA', 'A')");
        jdbc.update("INSERT INTO unit (id, name, official_order) VALUES (7, 'Phòng Cảnh sát hình sự', 10), "
                + "(480, 'Đội Cảnh sát giao thông', 20)");
        jdbc.update("INSERT INTO person (id, family_name, middle_name, given_name, full_name, search_key, sort_key, "
                + "person_rank, position, unit_id) VALUES (912, 'Nguyễn', 'Thế', 'Hùng', 'Nguyễn Thế Hùng', "
                + "'nguyen the hung', 'k', 'DAI_TA', 'Giám đốc', 7)");
        jdbc.update("INSERT INTO award (id, decision_id, list_order, unit_id, register_number) "
                + "VALUES (40, 5, 1, 480, '1234/QĐ-CAT-PV01-001')");
        jdbc.update("INSERT INTO award (id, decision_id, list_order, person_id, note) VALUES (1203, 5, 2, 912, 'x')");

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForList("SELECT id, name FROM unit ORDER BY id")).containsExactly(
                Map.of("id", 7L, "name", "Phòng Cảnh sát hình sự"), Map.of("id", 480L, "name", "Đội Cảnh sát giao thông"));
        assertThat(jdbc.queryForMap("SELECT id, full_name, unit_id FROM person"))
                .isEqualTo(Map.of("id", 912L, "full_name", "Nguyễn Thế Hùng", "unit_id", 7L));
        List<Map<String, Object>> awards = jdbc.queryForList(
                "SELECT id, list_order, unit_id, person_id, register_number, note FROM award ORDER BY id");
        assertThat(awards).extracting(r -> r.get("id"), r -> r.get("unit_id"), r -> r.get("person_id"),
                r -> r.get("register_number"), r -> r.get("note")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(40L, 480L, null, "1234/QĐ-CAT-PV01-001", null),
                        org.assertj.core.groups.Tuple.tuple(1203L, null, 912L, null, "x"));
        // Hibernate's pooled optimizer takes value - 49 .. value: the first block is above every id
        assertThat(nextBlockStart(jdbc, "unit")).isGreaterThan(480);
        assertThat(nextBlockStart(jdbc, "person")).isGreaterThan(912);
        long first = nextBlockStart(jdbc, "award");
        assertThat(first).isGreaterThan(1203);
        assertThat(nextBlockStart(jdbc, "award")).as("blocks of 50").isEqualTo(first + 50);
    }

    private static long nextBlockStart(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT NEXT VALUE FOR " + table + "_seq", Long.class) - 49;
    }
}
