package vn.congan.ceremony.ceremony;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything a live view shows, built once per change and shared read-only by every open
 * view: where the ceremony is, the batch on stage and the next ones with each recipient's
 * status and seat, who controls it, and how far ahead or behind the plan it runs.
 *
 * @param stepNumber   1-based number of the current step, 0 before the start
 * @param delayMinutes actual minus planned start of the current item (positive: behind)
 * @param screenToken  the projector link's secret, so that an open screen notices a new link
 */
public record LiveCeremony(long version, String conferenceTitle, boolean started, boolean finished,
        LiveProgramme.Item currentItem, LiveBatch currentBatch, List<LiveBatch> upcomingBatches,
        LiveProgramme.Item nextItem, int stepNumber, int stepCount, String controllerDevice, String controllerUser,
        LocalTime plannedStart, LocalTime actualStart, Integer delayMinutes, List<LiveRecipient> recipients,
        String screenToken, Instant builtAt) {

    /** A batch with its recipients' live state. */
    public record LiveBatch(LiveProgramme.Batch batch, List<LiveRecipient> recipients) {
    }

    /** A recipient with status and seat. */
    public record LiveRecipient(LiveProgramme.Recipient recipient, RecipientState state, String seat,
            int batchPosition) {

        public long awardId() {
            return recipient.awardId();
        }
    }

    /** The ceremony of a conference without agenda, or no conference at all. */
    public static LiveCeremony empty(String title) {
        return new LiveCeremony(0, title, false, false, null, null, List.of(), null, 0, 0, null, null, null, null,
                null, List.of(), null, Instant.now());
    }

    public Optional<LiveBatch> nextBatch() {
        return upcomingBatches.stream().findFirst();
    }

    public boolean controlledBy(String device) {
        return controllerDevice == null || controllerDevice.equals(device);
    }
}
