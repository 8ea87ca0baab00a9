package vn.congan.ceremony.award;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.conference.Conference;

/** Read side of the awards for the dashboard and the summary, and the awards a print job numbers. */
@Service
public class AwardService {

    private final AwardRepository awards;

    public AwardService(AwardRepository awards) {
        this.awards = awards;
    }

    /** Collectives and individuals per award form, highest form first. */
    @Transactional(readOnly = true)
    public List<AwardCount> countsByForm(Conference conference) {
        return awards.countByForm(conference);
    }

    /**
     * The decision's awards with their recipients, in list order, to be changed in the caller's
     * transaction (a print job gives their register numbers).
     */
    @Transactional
    public List<Award> forNumbering(AwardDecision decision) {
        return awards.findByDecisionWithRecipients(decision);
    }

    /** Saves new awards (of decisions already saved) in one batch, in the given order. */
    @Transactional
    public List<Award> addAll(List<Award> newAwards) {
        return awards.saveAll(newAwards);
    }

    /** Writes the awards changed in the current transaction now (before a print job reads their numbers). */
    @Transactional
    public void flush() {
        awards.flush();
    }
}
