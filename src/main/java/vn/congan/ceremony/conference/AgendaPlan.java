package vn.congan.ceremony.conference;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.conference.AgendaSchedule.Timing;
import vn.congan.ceremony.conference.AgendaSchedule.Warning;

/** A conference's agenda with computed times and warnings, as the agenda page and the PDF show it. */
public record AgendaPlan(Conference conference, List<ScheduledItem> rows, AgendaSchedule schedule) {

    public List<Warning> warnings() {
        return schedule.warnings();
    }

    public LocalTime end() {
        return schedule.end();
    }

    public List<AgendaItem> items() {
        return rows.stream().map(ScheduledItem::item).toList();
    }

    /**
     * The schedule as it would be with one item's duration and fixed start as the organizer is
     * typing them, before anything is saved: {@code edited} is an item of this plan, or a new one
     * placed at the end. A duration left empty or negative keeps the item's planned minutes; an
     * estimator's figure (the award presentation timed from its batches) stays in force unless the
     * organizer changes the duration.
     */
    public Preview preview(AgendaItem edited, Integer durationMinutes, LocalTime fixedStart) {
        List<Timing> timings = new ArrayList<>();
        List<AgendaItem> items = new ArrayList<>();
        int index = -1;
        for (ScheduledItem row : rows) {
            boolean same = !edited.isNew() && row.item().getId().equals(edited.getId());
            if (same) {
                index = items.size();
            }
            timings.add(same ? new Timing(minutes(durationMinutes, row), fixedStart)
                    : new Timing(row.estimatedMinutes(), row.item().getFixedStart()));
            items.add(row.item());
        }
        if (index < 0) {
            index = items.size();
            timings.add(new Timing(durationMinutes == null || durationMinutes < 0 ? 0 : durationMinutes, fixedStart));
            items.add(edited);
        }
        AgendaSchedule preview = AgendaSchedule.compute(conference.getStartTime(), conference.getPlannedEndTime(),
                timings);
        return new Preview(preview, List.copyOf(items), index);
    }

    private static int minutes(Integer fromForm, ScheduledItem row) {
        if (fromForm == null || fromForm < 0) {
            return row.estimatedMinutes();
        }
        return row.isEstimated() && fromForm == row.item().getDurationMinutes() ? row.estimatedMinutes() : fromForm;
    }

    /** A previewed schedule, its items in order and the position of the edited one. */
    public record Preview(AgendaSchedule schedule, List<AgendaItem> items, int index) {

        /** The edited item's computed slot. */
        public AgendaSchedule.Slot slot() {
            return schedule.slot(index);
        }
    }
}
