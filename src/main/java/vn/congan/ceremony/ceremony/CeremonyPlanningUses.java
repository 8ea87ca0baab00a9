package vn.congan.ceremony.ceremony;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.Translatable;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.PlanningUses;

/** A ceremony run (rehearsed or held) keeps its conference from being deleted. */
@Component
@Order(50)
class CeremonyPlanningUses implements PlanningUses {

    private final CeremonyRunRepository runs;

    CeremonyPlanningUses(CeremonyRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public List<Translatable> usesOf(Conference conference) {
        return PlanningUses.counted("conference.uses.ceremony", runs.countByConference(conference));
    }
}
