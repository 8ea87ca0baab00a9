package vn.congan.ceremony.stage;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.conference.AwardPresenters;
import vn.congan.ceremony.conference.Conference;

/** The presenters of the stage order's batches, for the programme's award row. */
@Component
class StageAwardPresenters implements AwardPresenters {

    private final StageOrderService stage;

    StageAwardPresenters(StageOrderService stage) {
        this.stage = stage;
    }

    @Override
    public List<Presenter> inCeremonyOrder(Conference conference) {
        return stage.plan(conference).batches().stream().filter(b -> b.presenterRankAndName() != null)
                .map(b -> new Presenter(b.agendaItemId(), b.presenterRankAndName())).toList();
    }
}
