package vn.congan.ceremony.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congan.ceremony.award.AwardPrecedence;
import vn.congan.ceremony.award.Recipient;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietnameseCollation;

/**
 * The default stage order and its batches (the domain brief's "Precedence"): award forms
 * highest first; within a form collectives before individuals; collectives by the unit's
 * official order; individuals by unit order, then rank, then position, then name in
 * Vietnamese name order. Units without an official order come after those with one.
 *
 * <p>Each form is cut into as few batches as the stage capacity allows, of nearly equal
 * size (41 recipients on a stage of 10 give 9, 8, 8, 8, 8 rather than leaving one person
 * alone on stage), and a batch never mixes forms. Locked batches are kept as they are, at
 * their place in the ceremony; their recipients are left out of the generated batches.
 */
public final class StageOrderPlanner {

    /** A batch kept as it is: its place (1-based) in the ceremony and its recipients. */
    public record LockedBatch(long batchId, int position, long formId, List<Long> awardIds) {
        public LockedBatch {
            awardIds = List.copyOf(awardIds);
        }
    }

    /** One batch of the plan; {@code lockedBatchId} is set for a kept locked batch. */
    public record PlannedBatch(long formId, List<Long> awardIds, Long lockedBatchId) {
        public PlannedBatch {
            awardIds = List.copyOf(awardIds);
        }

        public boolean locked() {
            return lockedBatchId != null;
        }
    }

    private StageOrderPlanner() {
    }

    /** The recipients in stage order, which is the domain order of award lists ({@link AwardPrecedence}). */
    public static List<Recipient> order(List<Recipient> recipients) {
        return AwardPrecedence.order(recipients);
    }

    /**
     * Sizes of the batches for {@code count} recipients on a stage of {@code capacity}:
     * the fewest batches, the larger ones first, no two differing by more than one.
     */
    public static List<Integer> batchSizes(int count, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("stage capacity must be at least 1");
        }
        List<Integer> sizes = new ArrayList<>();
        if (count <= 0) {
            return sizes;
        }
        int batches = (count + capacity - 1) / capacity;
        int base = count / batches;
        int larger = count % batches;
        for (int i = 0; i < batches; i++) {
            sizes.add(i < larger ? base + 1 : base);
        }
        return sizes;
    }

    /**
     * The whole plan: generated batches of the recipients not in a locked batch, with the
     * locked batches put back at their positions (or after the rest when the plan got shorter).
     */
    public static List<PlannedBatch> plan(List<Recipient> recipients, int capacity, List<LockedBatch> locked) {
        Set<Long> kept = new HashSet<>();
        for (LockedBatch batch : locked) {
            kept.addAll(batch.awardIds());
        }
        List<Recipient> free = new ArrayList<>(recipients.size());
        for (Recipient r : recipients) {
            if (!kept.contains(r.awardId())) {
                free.add(r);
            }
        }
        Map<Long, List<Long>> byForm = new LinkedHashMap<>();
        for (Recipient r : order(free)) {
            byForm.computeIfAbsent(r.formId(), f -> new ArrayList<>()).add(r.awardId());
        }
        List<PlannedBatch> generated = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> form : byForm.entrySet()) {
            int from = 0;
            for (int size : batchSizes(form.getValue().size(), capacity)) {
                generated.add(new PlannedBatch(form.getKey(), form.getValue().subList(from, from + size), null));
                from += size;
            }
        }
        return interleave(generated, locked);
    }

    private static List<PlannedBatch> interleave(List<PlannedBatch> generated, List<LockedBatch> locked) {
        List<LockedBatch> pending = new ArrayList<>(locked);
        pending.sort(Comparator.comparingInt(LockedBatch::position).thenComparingLong(LockedBatch::batchId));
        List<PlannedBatch> result = new ArrayList<>(generated.size() + locked.size());
        int next = 0;
        while (next < generated.size() || !pending.isEmpty()) {
            int position = result.size() + 1;
            if (!pending.isEmpty() && (pending.get(0).position() <= position || next >= generated.size())) {
                LockedBatch l = pending.remove(0);
                result.add(new PlannedBatch(l.formId(), l.awardIds(), l.batchId()));
            } else {
                result.add(generated.get(next++));
            }
        }
        return result;
    }
}
