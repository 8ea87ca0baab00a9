package vn.congan.ceremony.ceremony;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
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

    /**
     * Where the ceremony stands in this plan: {@code current} itself, or, when the organizer
     * removed its batch meanwhile (merged into another, split, regenerated), the nearest step
     * that survived: the batch step that now holds recipients still called or on stage; else a
     * step of the same agenda item, the last one a recipient was already handed an award in
     * (else the item's first); else the last batch step anyone received in. Null before the
     * start, after the end, or when nothing is left to hold on to.
     */
    public Step resolve(Step current, Map<Long, RecipientState> recipients) {
        if (current == null || steps.contains(current)) {
            return current;
        }
        Step called = lastBatchStepWith(recipients, -1, EnumSet.of(RecipientStatus.CALLED, RecipientStatus.ON_STAGE));
        if (called != null) {
            return called;
        }
        Step received = lastBatchStepWith(recipients, current.agendaItemId(),
                EnumSet.of(RecipientStatus.RECEIVED, RecipientStatus.RECEIVED_ON_BEHALF, RecipientStatus.ABSENT));
        if (received != null) {
            return received;
        }
        for (Step step : steps) {
            if (step.agendaItemId() == current.agendaItemId()) {
                return step;
            }
        }
        return lastBatchStepWith(recipients, -1, EnumSet.of(RecipientStatus.RECEIVED));
    }

    private Step lastBatchStepWith(Map<Long, RecipientState> recipients, long agendaItemId, Set<RecipientStatus> statuses) {
        Step found = null;
        for (Step step : steps) {
            if (!step.isBatch() || (agendaItemId >= 0 && step.agendaItemId() != agendaItemId)) {
                continue;
            }
            for (Long award : awardsOf(step.batchId())) {
                RecipientState r = recipients.get(award);
                if (r != null && statuses.contains(r.status())) {
                    found = step;
                    break;
                }
            }
        }
        return found;
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
