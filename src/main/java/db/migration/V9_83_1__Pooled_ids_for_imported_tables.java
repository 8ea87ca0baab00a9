package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A sequence for each table an import writes by the thousand (unit, person, award), so that
 * Hibernate takes their ids 50 at a time and batches the inserts (see
 * {@code common.jpa.PooledIdEntity}). Existing rows keep their ids: each sequence starts above
 * its table's largest id. Hibernate's pooled optimizer reads a sequence value as the top of a
 * block of 50 (value - 49 .. value), hence the start at max + 50.
 *
 * <p>Written in Java because the start must be a literal in {@code CREATE SEQUENCE} on both H2
 * (MariaDB mode) and MariaDB (10.3 and later), and neither takes a sub-query there.
 */
public class V9_83_1__Pooled_ids_for_imported_tables extends BaseJavaMigration {

    static final int ALLOCATION = 50;
    static final String[] TABLES = {"unit", "person", "award"};

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                long max;
                try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                statement.execute("CREATE SEQUENCE " + table + "_seq START WITH " + (max + ALLOCATION)
                        + " INCREMENT BY " + ALLOCATION);
            }
        }
    }
}
