package vn.congan.ceremony.seating;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.Translatable;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.PlanningUses;

/** A seating plan and an attendee list keep their conference from being deleted. */
@Component
@Order(30)
class SeatingPlanningUses implements PlanningUses {

    private final SeatingPlanRepository plans;
    private final SeatingAttendeeRepository attendees;

    SeatingPlanningUses(SeatingPlanRepository plans, SeatingAttendeeRepository attendees) {
        this.plans = plans;
        this.attendees = attendees;
    }

    @Override
    public List<Translatable> usesOf(Conference conference) {
        List<Translatable> uses = new ArrayList<>(
                PlanningUses.counted("conference.uses.seatingPlans", plans.countByConference(conference)));
        uses.addAll(PlanningUses.counted("conference.uses.attendees", attendees.countByConference(conference)));
        return uses;
    }
}
