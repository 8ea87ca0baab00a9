package vn.congan.ceremony.ceremony;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ceremony as a sequence of steps, and which awards each batch holds. Built from the
 * agenda and the presentation batches; a state names its step by ids, so an edited plan
 * keeps the ceremony where it is.
 */
public final class CeremonyPlan {

    private final List<Step> steps;
    private final Map<Long, List<Long>> awardsByBatch;

    public CeremonyPlan(List<Step> steps, Map<Long, List<Long>> awardsByBatch) {
        this.steps = List.copyOf(steps);
        Map<Long, List<Long>> copy = new LinkedHashMap<>();
        awardsByBatch.forEach((batch, awards) -> copy.put(batch, List.copyOf(awards)));
        this.awardsByBatch = Collections.unmodifiableMap(copy);
    }

    public List<Step> steps() {
        return steps;
    }

    /** The awards of {@code batchId} in reading order; empty for an unknown batch. */
    public List<Long> awardsOf(Long batchId) {
        return batchId == null ? List.of() : awardsByBatch.getOrDefault(batchId, List.of());
    }

    /** Every award that goes on stage, batch by batch. */
    public List<Long> allAwards() {
        List<Long> all = new ArrayList<>();
        awardsByBatch.values().forEach(all::addAll);
        return all;
    }

    /** The index of {@code step}, or -1 when the plan no longer holds it. */
    public int indexOf(Step step) {
        return step == null ? -1 : steps.indexOf(step);
    }

    /** The batch steps after {@code step} (all of them before the start), nearest first. */
    public List<Step> batchStepsAfter(Step step, boolean finished) {
        if (finished) {
            return List.of();
        }
        int from = step == null ? 0 : indexOf(step) + 1;
        return steps.subList(Math.max(from, 0), steps.size()).stream().filter(Step::isBatch).toList();
    }
}
