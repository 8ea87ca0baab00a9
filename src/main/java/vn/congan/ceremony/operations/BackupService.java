package vn.congan.ceremony.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.security.Role;

/**
 * A backup of the whole database, for ADMIN. On the embedded H2 (locked by the running portal,
 * so no outside tool can read it) the portal writes it itself: H2's {@code SCRIPT TO} gives every
 * table's schema and rows as SQL in a zip, read in one transaction (a consistent snapshot); it is
 * restored with H2's {@code RunScript} into an empty database (docs/operations.md). On MariaDB the
 * backup is {@code mariadb-dump}'s job, run by the operator (docs/operations.md).
 */
@Service
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);

    private final DataSource dataSource;
    private final ZoneId zone;
    private final Clock clock;

    public BackupService(DataSource dataSource, @Value("${portal.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.dataSource = dataSource;
        this.zone = ZoneId.of(zone);
        this.clock = Clock.systemUTC();
    }

    /** Whether the portal can write the backup itself (the embedded H2); on MariaDB, mariadb-dump does. */
    public boolean backsUpItself() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's product name", e);
        }
    }

    /** The name the download is saved under, e.g. {@code ceremony-backup-2026-11-20-0930.zip}. */
    public String fileName() {
        return "ceremony-backup-" + LocalDateTime.now(clock.withZone(zone)).format(STAMP) + ".zip";
    }

    /**
     * Writes the whole H2 database as a zipped SQL script ({@code script.sql} inside) to a new
     * temporary file and returns it; the caller deletes it. Only for ADMIN; on MariaDB a
     * {@link UserMessageException} points to mariadb-dump.
     */
    public Path writeBackup() {
        requireAdmin();
        if (!backsUpItself()) {
            throw new UserMessageException("backup.error.useDump");
        }
        Path file;
        try {
            file = Files.createTempFile("ceremony-backup-", ".zip");
            Files.delete(file); // H2 creates it
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temporary file for the backup", e);
        }
        writeH2Script(file);
        LOG.info("Database backup written by {} ({} bytes)", currentUser(), size(file));
        return file;
    }

    /** H2's SCRIPT TO in one repeatable-read transaction, so every table is read at the same moment. */
    void writeH2Script(Path file) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            try {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                // The quoted "ZIP": with DATABASE_TO_LOWER a bare ZIP would be read as zip and refused.
                try (PreparedStatement s = c.prepareStatement("SCRIPT TO ? COMPRESSION \"ZIP\"")) {
                    s.setString(1, file.toAbsolutePath().toString());
                    s.execute();
                }
                c.commit();
            } finally {
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database backup failed", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void requireAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
        if (!admin) {
            throw new UserMessageException("backup.error.notAllowed");
        }
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }
}
