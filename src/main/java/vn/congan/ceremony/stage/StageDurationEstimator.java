package vn.congan.ceremony.stage;

import java.util.OptionalInt;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.conference.AgendaDurationEstimator;
import vn.congan.ceremony.conference.AgendaItem;

/** The agenda's award-presentation items take as long as their batches: seconds per batch plus per recipient. */
@Component
class StageDurationEstimator implements AgendaDurationEstimator {

    private final StageOrderService stage;

    StageDurationEstimator(StageOrderService stage) {
        this.stage = stage;
    }

    @Override
    public OptionalInt estimatedMinutes(AgendaItem item) {
        return stage.estimatedMinutes(item);
    }
}
