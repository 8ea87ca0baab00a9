package vn.congan.ceremony.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congan.ceremony.Application;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.CeremonyService;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.testsupport.AbstractSpringTest;
import vn.congan.ceremony.testsupport.FixtureBatches;

/**
 * Backup and restore as docs/operations.md tells the operator, on the database the run uses:
 * on H2 the portal's own backup (SCRIPT TO, the admin's download) loaded with H2's RunScript
 * tool (the documented command line, run as a separate java process) into an empty database
 * file; on MariaDB ({@code -Pmariadb}) {@code mariadb-dump} of the database loaded with
 * {@code mariadb} into the empty database {@code test_restore}. Every table must come back
 * row for row, and a portal started on the restored database resumes the ceremony at the
 * same step with the same statuses.
 */
@Tag("db")
class BackupRestoreTest extends AbstractSpringTest {

    static final String MARIADB_HOST = "127.0.0.1";
    static final String RESTORE_DATABASE = "test_restore";

    @Autowired
    DataSource dataSource;

    @Autowired
    BackupService backup;

    @Autowired
    CeremonyService ceremony;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    @BeforeEach
    void ceremonyUnderWay() {
        FixtureBatches.install(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHasEveryDecisionRecipientSeatAndCeremonyStatus() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        LiveCeremony live = ceremony.live();
        for (int i = 0; i < 8; i++) {
            live = ceremony.execute(new CeremonyCommand.Next(live.version(), "tablet-1"));
        }
        long absent = live.upcomingBatches().get(0).recipients().get(0).awardId();
        live = ceremony.execute(new CeremonyCommand.SetStatus(live.version(), "backstage", absent,
                RecipientStatus.ABSENT, null));
        LiveCeremony before = live;

        Map<String, List<String>> source;
        try (Connection c = dataSource.getConnection()) {
            source = contents(c);
        }
        assertThat(source.get("award_decision")).isNotEmpty();
        assertThat(source.get("award")).hasSizeGreaterThan(100);
        assertThat(source.get("seating_seat")).isNotEmpty();
        assertThat(source.get("seat_assignment")).isNotEmpty();
        assertThat(source.get("ceremony_run")).hasSize(1);
        assertThat(source.get("ceremony_recipient")).anyMatch(row -> row.contains("ABSENT"))
                .anyMatch(row -> row.contains("CALLED"));
        assertThat(source.get("ceremony_event")).hasSize(9);

        String restoredUrl;
        String user;
        if (isMariaDb()) {
            restoredUrl = restoreMariaDbDump();
            user = "root";
        } else {
            restoredUrl = restoreH2Backup();
            user = "sa";
        }
        try (Connection c = DriverManager.getConnection(restoredUrl, user, "")) {
            Map<String, List<String>> restored = contents(c);
            assertThat(restored.keySet()).isEqualTo(source.keySet());
            for (String table : source.keySet()) {
                assertThat(restored.get(table)).as(table).isEqualTo(source.get(table));
            }
        }

        // A portal started on the restored database is at the same step, with the same statuses.
        SpringApplication restoredPortal = new SpringApplication(Application.class);
        try (ConfigurableApplicationContext second = restoredPortal.run("--spring.datasource.url=" + restoredUrl,
                "--portal.demo-data.enabled=false", "--portal.test.clean-schema=false",
                "--spring.main.banner-mode=off", "--spring.jmx.enabled=false", "--server.port=0")) {
            LiveCeremony resumed = second.getBean(CeremonyService.class).live();
            assertThat(resumed.version()).isEqualTo(before.version());
            assertThat(resumed.stepNumber()).isEqualTo(8);
            assertThat(resumed.currentBatch().batch().id()).isEqualTo(before.currentBatch().batch().id());
            assertThat(resumed.recipients()).extracting(r -> r.recipient().awardId() + "=" + r.state().status())
                    .containsExactlyElementsOf(before.recipients().stream()
                            .map(r -> r.recipient().awardId() + "=" + r.state().status()).toList());
            assertThat(resumed.recipients()).filteredOn(r -> r.recipient().awardId() == absent)
                    .extracting(r -> r.state().status()).containsExactly(RecipientStatus.ABSENT);
        } finally {
            if (isMariaDb()) {
                mariadb("DROP DATABASE IF EXISTS " + RESTORE_DATABASE);
            }
        }
    }

    @Test
    void onlyAnAdminMayBackUp() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        assertThatThrownBy(backup::writeBackup).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).getMessageKey()).isEqualTo("backup.error.notAllowed");
        SecurityContextHolder.clearContext();
        assertThatThrownBy(backup::writeBackup).isInstanceOf(UserMessageException.class);
    }

    /** The admin's download, unzipped ({@code unzip -p backup.zip script.sql}), loaded with H2's RunScript tool. */
    private String restoreH2Backup() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("admin", null, "ROLE_ADMIN", "ROLE_ORGANIZER"));
        Path zip = backup.writeBackup();
        assertThat(backup.fileName()).matches("ceremony-backup-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.zip");
        Path script = dir.resolve("backup.sql");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo("script.sql");
            Files.copy(in, script);
        } finally {
            Files.delete(zip);
        }
        String url = "jdbc:h2:file:" + dir.resolve("restored").resolve("ceremony").toAbsolutePath()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String h2Jar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(java, "-cp", h2Jar, "org.h2.tools.RunScript", "-url", url, "-user", "sa", "-script",
                script.toString()), null);
        return url;
    }

    /** mariadb-dump of the test database, loaded with the mariadb client into an empty database. */
    private String restoreMariaDbDump() throws Exception {
        Path dump = dir.resolve("ceremony.sql");
        String database;
        try (Connection c = dataSource.getConnection()) {
            database = c.getCatalog();
        }
        ProcessBuilder dumpProcess = new ProcessBuilder("mariadb-dump", "--protocol=tcp", "-h", MARIADB_HOST,
                "-u", "root", "--single-transaction", "--routines", "--triggers", "--default-character-set=utf8mb4",
                database).redirectOutput(dump.toFile());
        waitFor(dumpProcess, "mariadb-dump");
        assertThat(Files.readString(dump)).contains("CREATE TABLE `ceremony_run`", "INSERT INTO `award_decision`");
        mariadb("DROP DATABASE IF EXISTS " + RESTORE_DATABASE);
        mariadb("CREATE DATABASE " + RESTORE_DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        run(List.of("mariadb", "--protocol=tcp", "-h", MARIADB_HOST, "-u", "root", RESTORE_DATABASE), dump);
        return "jdbc:mariadb://" + MARIADB_HOST + ":3306/" + RESTORE_DATABASE;
    }

    private static void mariadb(String sql) throws Exception {
        run(List.of("mariadb", "--protocol=tcp", "-h", MARIADB_HOST, "-u", "root", "-e", sql), null);
    }

    private static void run(List<String> command, Path input) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (input != null) {
            pb.redirectInput(input.toFile());
        }
        waitFor(pb, command.get(0));
    }

    private static void waitFor(ProcessBuilder pb, String name) throws Exception {
        Process p = pb.redirectError(ProcessBuilder.Redirect.PIPE).start();
        byte[] errors;
        try (InputStream err = p.getErrorStream()) {
            errors = err.readAllBytes();
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(name + " finished").isTrue();
        assertThat(p.exitValue()).as(name + ": " + new String(errors)).isZero();
    }

    private boolean isMariaDb() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("maria") || product.contains("mysql");
        }
    }

    /** Every table's rows (all columns, in a stable order), by table name. */
    private static Map<String, List<String>> contents(Connection c) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        DatabaseMetaData meta = c.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        for (String table : names) {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        row.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                                : value instanceof Blob blob ? HexFormat.of()
                                        .formatHex(blob.getBytes(1, (int) blob.length())) : String.valueOf(value))
                                .append('|');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }
}
