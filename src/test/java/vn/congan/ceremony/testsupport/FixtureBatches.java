package vn.congan.ceremony.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.congan.ceremony.ceremony.CeremonyDemoData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congan.ceremony.common.ProgrammeChanged;
import vn.congan.ceremony.conference.ConferenceService;

/**
 * Tests of the features downstream of the stage order (ceremony, certificates) read fixed
 * batches (per form, collectives and individuals apart, ten at most), not whatever the
 * stage-order planner proposes today: the demo's batches are replaced by these before a test.
 */
public final class FixtureBatches {

    private FixtureBatches() {
    }

    public static void install(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        CeremonyDemoData fallback = context.getBean(CeremonyDemoData.class);
        ConferenceService conferences = context.getBean(ConferenceService.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            jdbc.update("delete from batch_entry");
            jdbc.update("delete from presentation_batch");
            fallback.contribute(conferences.current().orElseThrow());
        });
    }

    /**
     * Grows the first batch of the fixture to {@code size} names (a full stage), taking the next
     * entries of the same award form from the batches after it, then of any form when the form has
     * too few; batches left empty go and the others are numbered again. Returns the first batch's id.
     */
    public static long growFirstBatch(ApplicationContext context, int size) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long first = context.getBean(TransactionTemplate.class).execute(status -> {
            List<Map<String, Object>> batches = jdbc.queryForList(
                    "select id, award_form_id from presentation_batch order by position");
            long id = ((Number) batches.get(0).get("id")).longValue();
            Object form = batches.get(0).get("award_form_id");
            int count = jdbc.queryForObject("select count(*) from batch_entry where batch_id = ?", Integer.class, id);
            List<Long> candidates = new ArrayList<>(jdbc.queryForList(
                    "select e.id from batch_entry e join presentation_batch b on b.id = e.batch_id "
                            + "where b.id <> ? and b.award_form_id = ? order by b.position, e.position",
                    Long.class, id, form));
            candidates.addAll(jdbc.queryForList(
                    "select e.id from batch_entry e join presentation_batch b on b.id = e.batch_id "
                            + "where b.id <> ? and b.award_form_id <> ? order by b.position, e.position",
                    Long.class, id, form));
            for (Long entry : candidates) {
                if (count >= size) {
                    break;
                }
                jdbc.update("update batch_entry set batch_id = ?, position = ?, version = version + 1 where id = ?",
                        id, ++count, entry);
            }
            jdbc.update("delete from presentation_batch where id not in (select batch_id from batch_entry)");
            int position = 0;
            for (Long batch : jdbc.queryForList("select id from presentation_batch order by position", Long.class)) {
                jdbc.update("update presentation_batch set position = ? where id = ?", ++position, batch);
            }
            return id;
        });
        context.publishEvent(ProgrammeChanged.INSTANCE);
        return first;
    }
}
