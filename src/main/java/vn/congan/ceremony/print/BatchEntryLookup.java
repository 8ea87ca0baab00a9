package vn.congan.ceremony.print;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageEntry;
import vn.congan.ceremony.stage.StageOrderService;

/**
 * The presentation batches as the print page offers them, read from the stage order's one read
 * model ({@link StageOrderService#plan}, docs/stage-order.md) rather than from the stage tables.
 */
@Component
public class BatchEntryLookup {

    private final StageOrderService stageOrder;

    public BatchEntryLookup(StageOrderService stageOrder) {
        this.stageOrder = stageOrder;
    }

    /** The awards of a batch in the order they are handed out; none once the batch was removed. */
    public List<Long> awardIdsOfBatch(Long batchId) {
        return stageOrder.batch(batchId).map(b -> b.entries().stream().map(StageEntry::awardId).toList())
                .orElse(List.of());
    }

    /**
     * The batches of a conference that hold recipients, in stage order, as rows of id (Long),
     * number in the ceremony (Integer), form name and recipients (Long): the shape the print
     * service reads.
     */
    public List<Object[]> batchSummaries(Conference conference) {
        return stageOrder.plan(conference).batches().stream().filter(b -> b.size() > 0)
                .map(BatchEntryLookup::summary).toList();
    }

    private static Object[] summary(StageBatch b) {
        return new Object[] {b.id(), b.number(), b.formName(), (long) b.size()};
    }
}
