package vn.congan.ceremony.conference;

import java.time.LocalTime;
import java.util.List;
import vn.congan.ceremony.conference.AgendaSchedule.Slot;
import vn.congan.ceremony.conference.AgendaSchedule.Warning;

/**
 * An agenda item with its computed time: the start and end from the schedule, the minutes
 * it is expected to take (its own duration, or an estimator's) and its warnings.
 */
public record ScheduledItem(AgendaItem item, Slot slot, int estimatedMinutes, List<Warning> warnings) {

    public LocalTime start() {
        return slot.start();
    }

    public LocalTime end() {
        return slot.end();
    }

    /** True when an estimator's minutes replace the duration the organizer entered. */
    public boolean isEstimated() {
        return estimatedMinutes != item.getDurationMinutes();
    }
}
