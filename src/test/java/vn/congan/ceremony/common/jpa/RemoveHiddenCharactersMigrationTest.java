package vn.congan.ceremony.common.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V9_31__Remove_hidden_characters;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    void storedNamesLoseTheirHiddenCharactersAndACollidingOneIsLeftForAnAdministrator() throws Exception {
        Unit dirty = organisation.saveUnit(null, "Phòng Hậu cần mới", null);
        Unit colliding = organisation.saveUnit(null, "Phòng Tham mưu mới", null);
        Unit clean = organisation.saveUnit(null, "Phòng Tham mưu", null);
        long person = jdbc.queryForObject("select min(id) from person", Long.class);
        // as an earlier version stored them
        jdbc.update("update unit set name = ? where id = ?", "Phòng\u202E Hậu\u0007 cần mới", dirty.getId());
        jdbc.update("update unit set name = ? where id = ?", "Phòng Tham mưu\u200B", colliding.getId());
        jdbc.update("update person set full_name = ?, position = ? where id = ?", "Nguyễn\u202EVăn\u001B An",
                "Đội trưởng\n\u2066Đội 1\u2069", person);

        int changed;
        try (Connection connection = dataSource.getConnection()) {
            changed = V9_31__Remove_hidden_characters.clean(connection);
        }

        assertThat(changed).isEqualTo(3);
        assertThat(name(dirty.getId())).isEqualTo("Phòng Hậu cần mới");
        assertThat(name(colliding.getId())).as("would duplicate %s", clean.getName()).isEqualTo("Phòng Tham mưu\u200B");
        assertThat(name(clean.getId())).isEqualTo("Phòng Tham mưu");
        assertThat(jdbc.queryForMap("select full_name, position from person where id = ?", person))
                .containsValues("NguyễnVăn An", "Đội trưởng\nĐội 1");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(V9_31__Remove_hidden_characters.clean(connection)).as("nothing left to clean").isZero();
        }
    }

    private String name(long unitId) {
        return jdbc.queryForObject("select name from unit where id = ?", String.class, unitId);
    }
}
