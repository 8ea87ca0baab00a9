package vn.congan.ceremony.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Takes the database away and brings it back, as on the day when its server restarts. On MariaDB
 * ({@code -Pmariadb}) the real server is shut down ({@code mariadb-admin shutdown}) and started
 * again as {@code .ci/run} starts it (this needs root, as CI runs); on the embedded H2 of the
 * default run, which cannot be restarted under a running portal, the connection pool is suspended
 * so that every new database access fails at once, as it does while a server is down.
 * Always call {@link #end()} in a {@code finally}: the tests after this one need the database.
 */
public final class DatabaseOutage {

    private static final String HOST = "127.0.0.1";
    private final DataSource dataSource;
    private final boolean mariadb;

    private DatabaseOutage(DataSource dataSource, boolean mariadb) {
        this.dataSource = dataSource;
        this.mariadb = mariadb;
    }

    public static DatabaseOutage of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return new DatabaseOutage(dataSource, product.contains("maria") || product.contains("mysql"));
        } catch (SQLException e) {
            throw new IllegalStateException("The database must answer before an outage", e);
        }
    }

    public boolean realServer() {
        return mariadb;
    }

    /** The database goes away: MariaDB is shut down; on H2 the pool refuses every new access. */
    public void begin() {
        if (mariadb) {
            run(List.of("mariadb-admin", "--protocol=tcp", "-h", HOST, "-u", "root", "shutdown"));
            // Not only the port closed: the process gone too, else starting it again is a no-op
            // ("already running") for a server still finishing its shutdown.
            waitFor(() -> !ping() && !running(), 60, "MariaDB did not stop");
        } else {
            System.setProperty("com.zaxxer.hikari.throwIfSuspended", "true");
            dataSource(dataSource).getHikariPoolMXBean().suspendPool();
        }
    }

    /** The database is back and answers (idempotent: safe in every {@code finally}). */
    public void end() {
        if (mariadb) {
            if (!ping()) {
                try {
                    Files.createDirectories(Path.of("/run/mysqld"));
                } catch (IOException e) {
                    // start-stop-daemon reports it
                }
                run(List.of("chown", "mysql:mysql", "/run/mysqld"));
                run(List.of("start-stop-daemon", "--start", "--oknodo", "--background", "--exec",
                        "/usr/sbin/mariadbd", "--", "--user=mysql", "--bind-address=" + HOST));
                waitFor(DatabaseOutage::ping, 120, "MariaDB did not start again");
            }
        } else {
            dataSource(dataSource).getHikariPoolMXBean().resumePool();
        }
    }

    private static HikariDataSource dataSource(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("The tests expect Spring Boot's HikariCP pool", e);
        }
    }

    /** Whether a mariadbd process is running (start-stop-daemon's own test before it starts one). */
    static boolean running() {
        return run(List.of("start-stop-daemon", "--status", "--exec", "/usr/sbin/mariadbd")) == 0;
    }

    static boolean ping() {
        return run(List.of("mariadb-admin", "--protocol=tcp", "-h", HOST, "-u", "root", "ping")) == 0;
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void waitFor(BooleanSupplier condition, int seconds, String failure) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(failure);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(failure, e);
            }
        }
    }
}
