package vn.congan.ceremony.organisation.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietnameseCollation;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/** People stored before the sort key existed get theirs from the migration. */
@Tag("db")
class FillPersonSortKeysTest extends AbstractSpringTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyStoredPersonGetsTheKeyOfTheirName() throws Exception {
        jdbc.update("UPDATE person SET sort_key = ''");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE sort_key = ''", Long.class)).isPositive();

        try (Connection connection = dataSource.getConnection()) {
            new V9_52__FillPersonSortKeys().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE sort_key = ''", Long.class)).isZero();
        jdbc.query("SELECT family_name, middle_name, given_name, sort_key FROM person", rs -> {
            PersonName name = new PersonName(rs.getString(1), rs.getString(2), rs.getString(3));
            assertThat(rs.getString(4)).isEqualTo(VietnameseCollation.sortKey(name));
        });
    }
}
