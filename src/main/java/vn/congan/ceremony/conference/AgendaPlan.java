package vn.congan.ceremony.conference;

import java.time.LocalTime;
import java.util.List;
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
}
