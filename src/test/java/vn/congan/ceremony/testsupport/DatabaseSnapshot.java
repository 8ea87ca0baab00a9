package vn.congan.ceremony.testsupport;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every row of every table (but Flyway's history), read with plain JDBC once a data set is
 * loaded, and written back the same way: the tables are emptied, the rows inserted in JDBC
 * batches with their ids, the identity columns set to continue after them. Far quicker than
 * loading the data set through JPA again (bcrypt, stage-order generation, seating), and the
 * same rows every time.
 *
 * <p>The pooled id sequences (unit_seq, person_seq, award_seq, migration V9_83_1) are not set
 * back: Hibernate holds a block of 50 ids of each in memory, and a sequence restarted below it
 * would later hand out ids of that block again. They only ever move up, which is all the restored
 * rows need: a sequence found below its value at the snapshot (the schema was dropped and
 * migrated afresh by another context's start on MariaDB) is raised to it.
 */
final class DatabaseSnapshot {

    /** H2 (MariaDB mode) or MariaDB: the few statements that differ. */
    enum Dialect {
        H2, MARIADB;

        static Dialect of(Connection c) throws SQLException {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("maria") || product.contains("mysql") ? MARIADB : H2;
        }

        String foreignKeys(boolean on) {
            return this == MARIADB ? "SET FOREIGN_KEY_CHECKS = " + (on ? 1 : 0)
                    : "SET REFERENTIAL_INTEGRITY " + (on ? "TRUE" : "FALSE");
        }

        /**
         * Empties a table. H2 truncates it and restarts its identity at 1. MariaDB deletes the
         * rows: a TRUNCATE there drops and creates the table again (about 35 ms a table, a second
         * for the schema); AUTO_INCREMENT then goes on from where it was, ids only move up.
         */
        String empty(String table) {
            return this == MARIADB ? "DELETE FROM " + table : "TRUNCATE TABLE " + table + " RESTART IDENTITY";
        }

        /** The sequences of the current schema. */
        String sequences() {
            return this == MARIADB
                    ? "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                            + "AND TABLE_TYPE = 'SEQUENCE'"
                    : "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA()";
        }

        /** The value a sequence hands out next (MariaDB: the first one it has not cached yet). */
        String nextValue(String sequence) {
            return this == MARIADB ? "SELECT next_not_cached_value FROM " + sequence
                    : "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA() "
                            + "AND SEQUENCE_NAME = '" + sequence + "'";
        }
    }

    private record Table(String name, List<String> columns, int[] types, List<Object[]> rows, String identity,
            long nextIdentity) {
    }

    private final List<Table> tables;
    private final Map<String, Long> sequences;

    private DatabaseSnapshot(List<Table> tables, Map<String, Long> sequences) {
        this.tables = tables;
        this.sequences = sequences;
    }

    /** The names of the tables a snapshot holds: all of the schema's but Flyway's history. */
    static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase("flyway_schema_history")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Reads every row of every table. */
    static DatabaseSnapshot capture(Connection c) throws SQLException {
        Dialect dialect = Dialect.of(c);
        List<Table> tables = new ArrayList<>();
        for (String name : tableNames(c)) {
            tables.add(read(c, name));
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        for (String sequence : sequenceNames(c, dialect)) {
            sequences.put(sequence, nextValue(c, dialect, sequence));
        }
        return new DatabaseSnapshot(List.copyOf(tables), sequences);
    }

    /** Writes the rows back into emptied tables ({@link TestDatabase#clear()} empties them first). */
    void restore(Connection c) throws SQLException {
        Dialect dialect = Dialect.of(c);
        inOneTransaction(c, () -> {
            for (Table table : tables) {
                insert(c, table);
            }
        });
        try (Statement s = c.createStatement()) {
            for (Table table : tables) {
                // MariaDB moves AUTO_INCREMENT past the inserted ids by itself; H2 does not
                if (dialect == Dialect.H2 && table.identity() != null) {
                    s.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + table.identity()
                            + " RESTART WITH " + table.nextIdentity());
                }
            }
            for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
                if (nextValue(c, dialect, sequence.getKey()) < sequence.getValue()) {
                    s.execute("ALTER SEQUENCE " + sequence.getKey() + " RESTART WITH " + sequence.getValue());
                }
            }
        }
    }

    /** Statements on the tables whatever their order, without foreign-key checks: all of them or none. */
    static void inOneTransaction(Connection c, SqlWork work) throws SQLException {
        Dialect dialect = Dialect.of(c);
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            s.execute(dialect.foreignKeys(false));
            c.setAutoCommit(false);
            try {
                work.run();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
                s.execute(dialect.foreignKeys(true));
            }
        }
    }

    /** JDBC work. */
    @FunctionalInterface
    interface SqlWork {
        void run() throws SQLException;
    }

    /** How many rows the snapshot holds, for the log. */
    int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    int tableCount() {
        return tables.size();
    }

    private static Table read(Connection c, String name) throws SQLException {
        String identity = null;
        try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), name, "%")) {
            while (rs.next()) {
                if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                    identity = rs.getString("COLUMN_NAME");
                }
            }
        }
        List<String> columns = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        int[] types;
        long maxIdentity = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + name)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            types = new int[n];
            int identityIndex = -1;
            for (int i = 0; i < n; i++) {
                columns.add(meta.getColumnName(i + 1));
                types[i] = meta.getColumnType(i + 1);
                if (columns.get(i).equalsIgnoreCase(identity)) {
                    identityIndex = i;
                }
            }
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = value(rs, i + 1, types[i]);
                }
                if (identityIndex >= 0 && row[identityIndex] instanceof Number id) {
                    maxIdentity = Math.max(maxIdentity, id.longValue());
                }
                rows.add(row);
            }
        }
        return new Table(name, List.copyOf(columns), types, rows, identity, maxIdentity + 1);
    }

    /** Dates and times as the wall-clock values the columns hold, free of any time-zone conversion. */
    private static Object value(ResultSet rs, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            case Types.TIME -> rs.getObject(column, LocalTime.class);
            case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> rs.getBytes(column);
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> rs.getString(column);
            default -> rs.getObject(column);
        };
        return rs.wasNull() ? null : value;
    }

    private static void insert(Connection c, Table table) throws SQLException {
        if (table.rows().isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (Object[] row : table.rows()) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        insert.setNull(i + 1, table.types()[i]);
                    } else {
                        insert.setObject(i + 1, row[i]);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<String> sequenceNames(Connection c, Dialect dialect) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(dialect.sequences())) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static long nextValue(Connection c, Dialect dialect, String sequence) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(dialect.nextValue(sequence))) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
