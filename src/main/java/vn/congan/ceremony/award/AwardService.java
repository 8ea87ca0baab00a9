package vn.congan.ceremony.award;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;

/** Read side of the awards for the dashboard and the summary, and the register numbers a print job gives. */
@Service
public class AwardService {

    /** Rows per JDBC batch when numbering. */
    private static final int BATCH = 500;

    private final AwardRepository awards;
    private final AwardDecisionRepository decisions;
    private final JdbcTemplate jdbc;

    public AwardService(AwardRepository awards, AwardDecisionRepository decisions, DataSource dataSource) {
        this.awards = awards;
        this.decisions = decisions;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Collectives and individuals per award form, highest form first. */
    @Transactional(readOnly = true)
    public List<AwardCount> countsByForm(Conference conference) {
        return awards.countByForm(conference);
    }

    /**
     * The decision's awards with their register numbers (null for none yet), in the order of its
     * printed list ({@link PrintedListOrder}: the signed order when the decision keeps it, else
     * the domain order): the order new numbers are given in.
     */
    @Transactional(readOnly = true)
    public List<AwardRegisterNumber> registerNumbers(Long decisionId) {
        List<AwardRegisterNumber> numbers = awards.registerNumbersOfDecision(decisionId);
        AwardDecision decision = decisions.findById(decisionId).orElse(null);
        if (decision == null || numbers.stream().noneMatch(n -> n.number() == null)) {
            return numbers;
        }
        Map<Long, AwardRegisterNumber> byId = new HashMap<>();
        numbers.forEach(n -> byId.put(n.awardId(), n));
        return PrintedListOrder.of(decision, awards.findByDecisionWithRecipients(decision)).stream()
                .map(a -> byId.get(a.getId())).filter(Objects::nonNull).toList();
    }

    /** Saves new awards (of decisions already saved) in one batch, in the given order. */
    @Transactional
    public List<Award> addAll(List<Award> newAwards) {
        return awards.saveAll(newAwards);
    }

    /**
     * Gives each award of {@code numbers} (award id to number) its register number, in JDBC
     * batches of one statement for them all, in the caller's transaction; each award's version
     * goes up, so that a form opened before sees the change. An award numbered meanwhile by
     * another job refuses the whole (error.concurrent): nothing is given twice.
     */
    @Transactional
    public void giveRegisterNumbers(Map<Long, String> numbers) {
        if (numbers.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(numbers.size());
        numbers.forEach((id, number) -> rows.add(new Object[] {number, id}));
        int[][] counts = jdbc.batchUpdate("update award set register_number = ?, version = version + 1 "
                + "where id = ? and register_number is null", rows, BATCH, (ps, row) -> {
                    ps.setString(1, (String) row[0]);
                    ps.setLong(2, (Long) row[1]);
                });
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count == 0) {
                    throw new UserMessageException("error.concurrent");
                }
            }
        }
    }
}
