package vn.congan.ceremony.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9_61 on a database an earlier version filled: each award form gets the body that issues it,
 * read from its authority line and the organisation settings, and the suffix its decisions use.
 * Runs on a fresh in-memory H2 in MariaDB mode, as the application's default database.
 */
class IssuingBodyMigrationTest {

    @Test
    void existingFormsGetTheirIssuingBodyPlaceAndNumberSuffix() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:v961-" + UUID.randomUUID()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("9.51").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("INSERT INTO org_settings (parent_body, department_name, place_name) "
                + "VALUES ('Bộ Công an', 'Công an tỉnh Bình An', 'Bình An')");
        long director = form(jdbc, "Giấy khen của Giám đốc Công an tỉnh", "GIÁM ĐỐC CÔNG AN TỈNH BÌNH AN", 40);
        long minister = form(jdbc, "Bằng khen của Bộ trưởng Bộ Công an", "BỘ TRƯỞNG BỘ CÔNG AN", 30);
        long primeMinister = form(jdbc, "Bằng khen của Thủ tướng Chính phủ", "THỦ TƯỚNG CHÍNH PHỦ", 20);
        long president = form(jdbc, "Huân chương Bảo vệ Tổ quốc hạng Ba",
                "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10);
        long other = form(jdbc, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
                35);
        jdbc.update("INSERT INTO conference (title, conference_date, start_time) VALUES ('Hội nghị', '2020-11-20', "
                + "'07:30:00')");
        long conference = jdbc.queryForObject("SELECT max(id) FROM conference", Long.class);
        decision(jdbc, conference, director, "1200/QĐ-CAT-PV01", "2020-10-01");
        decision(jdbc, conference, director, "1234/QĐ-CAT-PV01", "2020-11-10");
        decision(jdbc, conference, minister, "3456/QĐ-BCA-X01", "2020-10-30");

        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("9.61").load().migrate();

        assertThat(body(jdbc, director)).containsEntry("issuing_body", "CÔNG AN TỈNH BÌNH AN")
                .containsEntry("issuing_parent_body", "BỘ CÔNG AN").containsEntry("issuing_place", null)
                .containsEntry("number_suffix", "QĐ-CAT-PV01");
        assertThat(body(jdbc, minister)).containsEntry("issuing_body", "BỘ CÔNG AN")
                .containsEntry("issuing_parent_body", null).containsEntry("issuing_place", "Hà Nội")
                .containsEntry("number_suffix", "QĐ-BCA-X01");
        assertThat(body(jdbc, primeMinister)).containsEntry("issuing_body", "THỦ TƯỚNG CHÍNH PHỦ")
                .containsEntry("issuing_place", "Hà Nội").containsEntry("number_suffix", null);
        assertThat(body(jdbc, president)).containsEntry("issuing_body", "CHỦ TỊCH NƯỚC")
                .containsEntry("issuing_place", "Hà Nội");
        assertThat(body(jdbc, other)).containsEntry("issuing_body", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH AN")
                .containsEntry("issuing_parent_body", null).containsEntry("issuing_place", null);
        assertThat(jdbc.queryForList("SELECT keep_signed_order FROM award_decision", Boolean.class))
                .containsOnly(false);
    }

    private static long form(JdbcTemplate jdbc, String name, String authority, int precedence) {
        jdbc.update("INSERT INTO award_form (name, title, authority_line, precedence, default_paper) "
                + "VALUES (?, 'BẰNG KHEN', ?, ?, 'A4')", name, authority, precedence);
        return jdbc.queryForObject("SELECT max(id) FROM award_form", Long.class);
    }

    private static void decision(JdbcTemplate jdbc, long conference, long form, String number, String date) {
        jdbc.update("INSERT INTO award_decision (conference_id, award_form_id, decision_number, decision_date, "
                + "signer_capacity, signer_rank, signer_name) VALUES (?, ?, ?, ?, 'GIÁM ĐỐC', 'DAI_TA', 'A')",
                conference, form, number, Date.valueOf(date));
    }

    private static Map<String, Object> body(JdbcTemplate jdbc, long form) {
        return jdbc.queryForMap("SELECT issuing_body, issuing_parent_body, issuing_place, number_suffix "
                + "FROM award_form WHERE id = ?", form);
    }
}
