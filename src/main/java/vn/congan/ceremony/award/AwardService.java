package vn.congan.ceremony.award;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.conference.Conference;

/** Read side of the awards for the dashboard and the summary. */
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
}
