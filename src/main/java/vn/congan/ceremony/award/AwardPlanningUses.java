package vn.congan.ceremony.award;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.Translatable;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.PlanningUses;

/** The award decisions of a conference keep it from being deleted. */
@Component
@Order(10)
class AwardPlanningUses implements PlanningUses {

    private final AwardDecisionRepository decisions;

    AwardPlanningUses(AwardDecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<Translatable> usesOf(Conference conference) {
        return PlanningUses.counted("conference.uses.decisions", decisions.countByConference(conference));
    }
}
