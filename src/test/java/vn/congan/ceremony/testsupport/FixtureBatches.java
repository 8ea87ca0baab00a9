package vn.congan.ceremony.testsupport;

import org.springframework.context.ApplicationContext;
import vn.congan.ceremony.ceremony.CeremonyDemoData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
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
}
