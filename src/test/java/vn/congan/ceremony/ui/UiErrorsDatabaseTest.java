package vn.congan.ceremony.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.congan.ceremony.common.DatabaseFailures;
import vn.congan.ceremony.common.UserMessageException;

/** A database that is away becomes one message; every other refusal keeps its own. */
class UiErrorsDatabaseTest {

    @Test
    void everyWayTheDatabaseCanBeAwayBecomesTheDatabaseMessage() {
        for (RuntimeException e : new RuntimeException[] {
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")),
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"),
                new org.hibernate.exception.JDBCConnectionException("Socket error", new SQLException("x", "08000")),
                new IllegalStateException("wrapped", new SQLException("Communications link failure", "08S01")),
                new RuntimeException(new SQLTransientException(
                        "The pool is currently suspended and configured to throw exceptions upon acquisition"))}) {
            assertThat(DatabaseFailures.isDatabaseUnavailable(e)).as(e.toString()).isTrue();
            assertThat(UiErrors.keyFor(e)).as(e.toString()).isEqualTo("error.databaseUnavailable");
        }
    }

    @Test
    void otherRefusalsKeepTheirOwnMessage() {
        assertThat(UiErrors.keyFor(new DataIntegrityViolationException("duplicate"))).isEqualTo("error.integrity");
        assertThat(UiErrors.keyFor(new ObjectOptimisticLockingFailureException(Object.class, 1L)))
                .isEqualTo("error.concurrent");
        assertThat(UiErrors.keyFor(new UserMessageException("ceremony.error.noConference")))
                .isEqualTo("ceremony.error.noConference");
        assertThat(UiErrors.keyFor(new IllegalStateException("bug", new SQLException("syntax", "42000"))))
                .isEqualTo("error.unexpected");
        assertThat(DatabaseFailures.isDatabaseUnavailable(new SQLTransientException("deadlock"))).isFalse();
    }
}
