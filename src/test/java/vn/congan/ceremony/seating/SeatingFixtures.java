package vn.congan.ceremony.seating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.AwardRepository;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceRepository;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.conference.DelegateRepository;
import vn.congan.ceremony.organisation.PersonRepository;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.stage.BatchEntry;
import vn.congan.ceremony.stage.PresentationBatch;
import vn.congan.ceremony.stage.PresentationBatchRepository;

/**
 * Delegates and presentation batches made directly with the repositories (the stage-order
 * feature builds them for real): the four leaders and a guest as delegates, and every award of
 * the demo in batches of {@code batchSize}, highest form first, in list order. A plain object
 * made from the shared test context, so that no test needs a context of its own.
 */
public class SeatingFixtures {

    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final ConferenceRepository conferences;
    private final DelegateRepository delegates;
    private final PersonRepository people;
    private final AwardDecisionRepository decisions;
    private final AwardRepository awards;
    private final PresentationBatchRepository batches;

    public SeatingFixtures(ApplicationContext context) {
        this.tx = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.conferences = context.getBean(ConferenceRepository.class);
        this.delegates = context.getBean(DelegateRepository.class);
        this.people = context.getBean(PersonRepository.class);
        this.decisions = context.getBean(AwardDecisionRepository.class);
        this.awards = context.getBean(AwardRepository.class);
        this.batches = context.getBean(PresentationBatchRepository.class);
    }

    /**
     * Removes the demo's seating, batches and delegates, so that a test builds exactly the ones
     * it describes (the other features' demo data adds their own).
     */
    public void clearPlanning() {
        tx.executeWithoutResult(s -> {
            jdbc.update("delete from seat_assignment");
            jdbc.update("delete from batch_entry");
            jdbc.update("delete from presentation_batch");
            jdbc.update("update agenda_item set responsible_delegate_id = null");
            jdbc.update("delete from delegate");
        });
    }

    public Conference conference() {
        return conferences.findFirstByCurrentTrue().orElseThrow();
    }

    public void delegates() {
        tx.executeWithoutResult(s -> {
            Conference c = conference();
            // these fixtures seat the People's Committee's guest after the police leaders
            c.setLocalGovernmentFirst(false);
            String[] leaders = {"Nguyễn Thế Hùng", "Trần Quốc Bình", "Lê Văn Ước", "Phạm Thị Ánh"};
            for (int i = 0; i < leaders.length; i++) {
                delegates.save(Delegate.ofPerson(c, people.findBySearchKey(VietText.fold(leaders[i])).get(0),
                        "Lãnh đạo Công an tỉnh", i + 1));
            }
            delegates.save(Delegate.guest(c, "Hoàng Minh Đức", Rank.NONE, "Phó Chủ tịch Ủy ban nhân dân tỉnh",
                    "Ủy ban nhân dân tỉnh Bình An", 5));
        });
    }

    /** All awards in batches; returns the number of batches. */
    public int batches(int batchSize) {
        return tx.execute(s -> {
            Conference c = conference();
            List<AwardDecision> list = new ArrayList<>(decisions.findByConference(c));
            list.sort(Comparator.comparingInt(d -> d.getForm().getPrecedence()));
            int position = 0;
            for (AwardDecision decision : list) {
                List<Award> all = awards.findByDecisionWithRecipients(decision);
                for (int from = 0; from < all.size(); from += batchSize) {
                    PresentationBatch batch = new PresentationBatch(c, ++position, decision.getForm());
                    List<Award> part = all.subList(from, Math.min(all.size(), from + batchSize));
                    for (int i = 0; i < part.size(); i++) {
                        batch.getEntries().add(new BatchEntry(batch, part.get(i), i + 1));
                    }
                    batches.save(batch);
                }
            }
            return position;
        });
    }

    /** Swaps the stage positions of two batches, as a change of the stage order would. */
    public void swapBatches(int first, int second) {
        tx.executeWithoutResult(s -> {
            for (PresentationBatch b : batches.findByConference(conference())) {
                if (b.getPosition() == first) {
                    b.setPosition(second);
                } else if (b.getPosition() == second) {
                    b.setPosition(first);
                }
            }
        });
    }
}
