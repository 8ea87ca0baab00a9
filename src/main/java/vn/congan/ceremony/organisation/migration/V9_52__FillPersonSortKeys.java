package vn.congan.ceremony.organisation.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietnameseCollation;

/**
 * Fills {@code person.sort_key} for the people stored before V9_51 added it. Written in Java
 * because the key is ICU's Vietnamese collation key, which SQL cannot compute on H2 or
 * MariaDB. Spring Boot hands every {@code JavaMigration} bean to Flyway.
 */
@Component
public class V9_52__FillPersonSortKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "SELECT id, family_name, middle_name, given_name FROM person");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE person SET sort_key = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                PersonName name = new PersonName(rows.getString(2), rows.getString(3), rows.getString(4));
                update.setString(1, VietnameseCollation.sortKey(name));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
