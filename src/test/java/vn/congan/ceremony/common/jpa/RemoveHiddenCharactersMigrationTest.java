package vn.congan.ceremony.common.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.V9_31__Remove_hidden_characters;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/** Names an earlier version stored with hidden characters are cleaned by the migration V9_31. */
@Tag("db")
class RemoveHiddenCharactersMigrationTest extends AbstractSpringTest {

    @Autowired OrganisationService organisation;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void flywayRunsTheMigration() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '9.31' and success",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void storedNamesLoseTheirHiddenCharactersWhateverTheColumn() throws Exception {
        Unit dirty = organisation.saveUnit(null, "Phòng Hậu cần mới", null);
        long person = jdbc.queryForObject("select min(id) from person", Long.class);
        // as an earlier version stored them
        jdbc.update("update unit set name = ? where id = ?", "Phòng\u202E Hậu\u0007 cần mới", dirty.getId());
        jdbc.update("update person set full_name = ?, position = ? where id = ?", "Nguyễn\u202EVăn\u001B An",
                "Đội trưởng\n\u2066Đội 1\u2069", person);

        assertThat(migrate()).isEqualTo(3);

        assertThat(name(dirty.getId())).isEqualTo("Phòng Hậu cần mới");
        assertThat(jdbc.queryForMap("select full_name, position from person where id = ?", person))
                .containsValues("NguyễnVăn An", "Đội trưởng\nĐội 1");
        assertThat(migrate()).as("nothing left to clean").isZero();
    }

    /**
     * Where the database compares texts code point by code point (H2) the pair can be stored, and
     * the migration leaves it (logged) instead of failing; MariaDB's utf8mb4_unicode_ci gives such
     * characters no weight, so its unique key refuses the pair in the first place.
     */
    @Test
    void aNameThatWouldDuplicateAnotherOnceCleanedIsLeftForAnAdministrator() throws Exception {
        Unit colliding = organisation.saveUnit(null, "Phòng Tham mưu mới", null);
        Unit clean = organisation.saveUnit(null, "Phòng Tham mưu", null);
        boolean h2;
        try (Connection connection = dataSource.getConnection()) {
            h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
        }
        if (!h2) {
            assertThatThrownBy(() -> jdbc.update("update unit set name = ? where id = ?", "Phòng Tham mưu\u200B",
                    colliding.getId())).isInstanceOf(DataIntegrityViolationException.class);
            assertThat(migrate()).isZero();
            return;
        }
        jdbc.update("update unit set name = ? where id = ?", "Phòng Tham mưu\u200B", colliding.getId());

        assertThat(migrate()).isZero();

        assertThat(name(colliding.getId())).isEqualTo("Phòng Tham mưu\u200B");
        assertThat(name(clean.getId())).isEqualTo("Phòng Tham mưu");
    }

    private int migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return V9_31__Remove_hidden_characters.clean(connection);
        }
    }

    private String name(long unitId) {
        return jdbc.queryForObject("select name from unit where id = ?", String.class, unitId);
    }
}
