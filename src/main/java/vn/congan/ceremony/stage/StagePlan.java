package vn.congan.ceremony.stage;

import java.util.List;

/**
 * The stage order of a conference: the batches in ceremony order, the settings, how many
 * recipients are in no batch yet, and the time check of each award-presentation item.
 */
public record StagePlan(long conferenceId, int stageCapacity, int secondsPerBatch, int secondsPerRecipient,
        List<StageBatch> batches, int unbatched, List<TimeCheck> timeChecks) {

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
}
