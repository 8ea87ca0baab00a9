package vn.congan.ceremony.stage;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.common.Translatable;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.conference.PlanningUses;

/** Presentation batches keep their conference, their presenter and their agenda item from being deleted. */
@Component
@Order(20)
class StagePlanningUses implements PlanningUses {

    private final PresentationBatchRepository batches;

    StagePlanningUses(PresentationBatchRepository batches) {
        this.batches = batches;
    }

    @Override
    public List<Translatable> usesOf(Conference conference) {
        return PlanningUses.counted("conference.uses.batches", batches.countByConference(conference));
    }

    @Override
    public long usesOf(Delegate delegate) {
        return batches.countByPresenter(delegate);
    }

    @Override
    public long usesOf(AgendaItem item) {
        return batches.countByAgendaItem(item);
    }
}
