package vn.congan.ceremony.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.organisation.UnitRepository;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/** The database itself refuses what the domain forbids, on H2 and MariaDB alike. */
@Tag("db")
class AwardConstraintsTest extends AbstractSpringTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitRepository units;
    @Autowired
    TransactionTemplate tx;

    private long anyDecision() {
        return jdbc.queryForObject("select min(id) from award_decision", Long.class);
    }

    /** An id no award has nor will get: the constraint under test refuses the row, not its key. */
    private long freshAwardId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from award", Long.class);
    }

    @Test
    void anAwardGoesToAUnitOrAPersonNeverBoth() {
        long unit = jdbc.queryForObject("select min(id) from unit", Long.class);
        long person = jdbc.queryForObject("select min(id) from person", Long.class);
        assertThatThrownBy(() -> jdbc.update(
                "insert into award (id, version, decision_id, list_order, unit_id, person_id) values (?, 0, ?, 999, ?, ?)",
                freshAwardId(), anyDecision(), unit, person)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "insert into award (id, version, decision_id, list_order) values (?, 0, ?, 999)", freshAwardId(),
                anyDecision()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theSameRecipientCannotBeOnOneDecisionTwice() {
        Long[] existing = jdbc.queryForObject(
                "select decision_id, unit_id from award where unit_id is not null order by id limit 1",
                (rs, i) -> new Long[] {rs.getLong(1), rs.getLong(2)});
        assertThatThrownBy(() -> jdbc.update(
                "insert into award (id, version, decision_id, list_order, unit_id) values (?, 0, ?, 999, ?)",
                freshAwardId(), existing[0], existing[1])).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aUnitThatReceivesAnAwardCannotBeDeleted() {
        Unit office = units.findByName("Văn phòng Công an tỉnh").orElseThrow();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            units.delete(units.findById(office.getId()).orElseThrow());
            units.flush();
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(units.findById(office.getId())).isPresent();
    }

    @Test
    void aStaleEditIsRefused() {
        Unit loaded = units.findByName("Phòng Hậu cần").orElseThrow();
        Unit other = units.findByName("Phòng Hậu cần").orElseThrow();
        other.setShortCode("PH-10");
        units.save(other);
        loaded.setShortCode("PH-X");
        assertThatThrownBy(() -> units.save(loaded)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(units.findByName("Phòng Hậu cần").orElseThrow().getShortCode()).isEqualTo("PH-10");
    }
}
