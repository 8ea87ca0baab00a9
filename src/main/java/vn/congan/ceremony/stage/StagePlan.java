package vn.congan.ceremony.stage;

import java.util.List;

/**
 * The stage order of a conference: the batches in ceremony order, the settings (and the
 * version they were stored at, -1 while none are), how many recipients are in no batch yet,
 * and the time check of each award-presentation item.
 */
public record StagePlan(long conferenceId, long settingsVersion, int stageCapacity, int secondsPerBatch,
        int secondsPerRecipient, List<StageBatch> batches, int unbatched, List<TimeCheck> timeChecks) {

    /** The estimate of one award-presentation agenda item against the minutes it has. */
    public record TimeCheck(long agendaItemId, String title, int durationMinutes, int batches, int recipients,
            int estimatedSeconds) {

        public int estimatedMinutes() {
            return (estimatedSeconds + 59) / 60;
        }

        public boolean fits() {
            return estimatedSeconds <= durationMinutes * 60;
        }
    }

    public StagePlan {
        batches = List.copyOf(batches);
        timeChecks = List.copyOf(timeChecks);
    }

    public int recipients() {
        return batches.stream().mapToInt(StageBatch::size).sum();
    }

    /** The batches with more recipients than the stage holds (after the capacity was lowered). */
    public List<StageBatch> overCapacity() {
        return batches.stream().filter(b -> b.size() > stageCapacity).toList();
    }

    /**
     * The version of the whole stage order as this plan read it, like an HTTP ETag: the
     * settings' version and every batch's id and version in ceremony order. Any edit changes
     * it (an edit of a batch raises the batch's version; a batch added or removed changes the
     * list), so regenerating can refuse a page that did not see the latest edits.
     */
    public String version() {
        return version(settingsVersion, batches.stream().map(b -> new long[] {b.id(), b.version()}).toList());
    }

    static String version(long settingsVersion, List<long[]> batchIdsAndVersions) {
        StringBuilder s = new StringBuilder().append(settingsVersion);
        for (long[] b : batchIdsAndVersions) {
            s.append(';').append(b[0]).append(':').append(b[1]);
        }
        return s.toString();
    }
}
