package vn.congan.ceremony.print;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.Translatable;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.PlanningUses;

/** The print log of a conference keeps it from being deleted. */
@Component
@Order(40)
class PrintPlanningUses implements PlanningUses {

    private final PrintLogRepository log;

    PrintPlanningUses(PrintLogRepository log) {
        this.log = log;
    }

    @Override
    public List<Translatable> usesOf(Conference conference) {
        return PlanningUses.counted("conference.uses.prints", log.countByConference(conference));
    }
}
