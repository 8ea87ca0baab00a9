package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congan.ceremony.common.text.VietText;

/**
 * Removes the hidden characters (controls, bidirectional overrides, zero-width characters) that
 * earlier versions stored in names and other texts: every text column of every table with an
 * {@code id} column, row by row, with {@link VietText#removeHidden(String)} (whitespace is left as it
 * is). Written in Java because H2 and MariaDB spell such characters differently in SQL. A row whose
 * cleaned text would collide with another row under a unique constraint ("Phòng<U+202E> A" beside
 * "Phòng A") is left as it is and logged, for an administrator to rename: the migration never fails
 * on it. Entities written from now on are cleaned by {@code HiddenCharacterGuard}.
 */
public class V9_31__Remove_hidden_characters extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V9_31__Remove_hidden_characters.class);
    private static final Set<Integer> TEXT_TYPES = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    @Override
    public void migrate(Context context) throws SQLException {
        clean(context.getConnection());
    }

    /** Cleans every text column of {@code connection}'s tables with an id; returns the rows changed. */
    public static int clean(Connection connection) throws SQLException {
        int changed = 0;
        for (Map.Entry<String, List<String>> table : textColumns(connection).entrySet()) {
            for (String column : table.getValue()) {
                changed += cleanColumn(connection, table.getKey(), column);
            }
        }
        if (changed > 0) {
            LOG.info("Removed hidden characters from {} stored texts", changed);
        }
        return changed;
    }

    /** Tables of the current schema that have an id column, with their text columns. */
    private static Map<String, List<String>> textColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, List<String>> text = new LinkedHashMap<>();
        Map<String, Boolean> hasId = new LinkedHashMap<>();
        try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME");
                String column = columns.getString("COLUMN_NAME");
                if (table.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
                    continue;
                }
                if (column.equalsIgnoreCase("id")) {
                    hasId.put(table, true);
                } else if (TEXT_TYPES.contains(columns.getInt("DATA_TYPE"))) {
                    text.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
                }
            }
        }
        text.keySet().retainAll(hasId.keySet());
        return text;
    }

    private static int cleanColumn(Connection connection, String table, String column) throws SQLException {
        Map<Long, String> dirty = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, " + column + " FROM " + table)) {
            while (rows.next()) {
                String value = rows.getString(2);
                if (VietText.hasHidden(value)) {
                    dirty.put(rows.getLong(1), value);
                }
            }
        }
        int changed = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> row : dirty.entrySet()) {
                update.setString(1, VietText.removeHidden(row.getValue()));
                update.setLong(2, row.getKey());
                try {
                    changed += update.executeUpdate();
                } catch (SQLException e) {
                    LOG.warn("Left {}.{} of row {} as it is: without its hidden characters it would duplicate "
                            + "another row ({})", table, column, row.getKey(), e.getMessage());
                }
            }
        }
        return changed;
    }
}
