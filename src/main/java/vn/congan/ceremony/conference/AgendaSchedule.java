package vn.congan.ceremony.conference;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The times of a programme: each item starts when the previous one ends, or at its fixed
 * start time when it has one and the previous items end earlier. Warns when the previous
 * items run past a fixed start, when a fixed start leaves a gap, and when the programme
 * ends after the planned end. Times are counted in minutes from midnight, so a programme
 * may cross noon (and even midnight) without wrapping.
 */
public final class AgendaSchedule {

    private static final int MINUTES_PER_DAY = 24 * 60;

    /** What the computation needs of an item: its planned minutes and optional fixed start. */
    public record Timing(int durationMinutes, LocalTime fixedStart) {
        public Timing {
            if (durationMinutes < 0) {
                throw new IllegalArgumentException("duration must not be negative");
            }
        }

        public static Timing of(int durationMinutes) {
            return new Timing(durationMinutes, null);
        }

        public static Timing fixed(int durationMinutes, LocalTime fixedStart) {
            return new Timing(durationMinutes, Objects.requireNonNull(fixedStart));
        }
    }

    /** One computed item: index in the programme, start and end in minutes from midnight. */
    public record Slot(int index, int startMinute, int endMinute) {
        public LocalTime start() {
            return toTime(startMinute);
        }

        public LocalTime end() {
            return toTime(endMinute);
        }

        public int durationMinutes() {
            return endMinute - startMinute;
        }
    }

    public enum WarningKind {
        /** The items before a fixed-start item end after its fixed start: it starts late. */
        OVERRUNS_FIXED_START,
        /** The items before a fixed-start item end earlier: nothing is planned in between. */
        GAP_BEFORE_FIXED_START,
        /** The last item ends after the planned end of the conference. */
        ENDS_AFTER_PLANNED_END
    }

    /**
     * A warning about the item at {@code index}: {@code minutes} late, of gap or over time;
     * {@code time} is the fixed start or the planned end concerned.
     */
    public record Warning(WarningKind kind, int index, int minutes, LocalTime time) {
    }

    private final List<Slot> slots;
    private final List<Warning> warnings;
    private final int startMinute;

    private AgendaSchedule(int startMinute, List<Slot> slots, List<Warning> warnings) {
        this.startMinute = startMinute;
        this.slots = List.copyOf(slots);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Computes the times of {@code items} in programme order from {@code conferenceStart};
     * {@code plannedEnd} may be null (then no over-time warning).
     */
    public static AgendaSchedule compute(LocalTime conferenceStart, LocalTime plannedEnd, List<Timing> items) {
        int start = minutes(Objects.requireNonNull(conferenceStart, "conference start"));
        List<Slot> slots = new ArrayList<>(items.size());
        List<Warning> warnings = new ArrayList<>();
        int clock = start;
        for (int i = 0; i < items.size(); i++) {
            Timing item = items.get(i);
            int itemStart = clock;
            if (item.fixedStart() != null) {
                int fixed = sameDayOrLater(minutes(item.fixedStart()), start);
                if (clock > fixed) {
                    warnings.add(new Warning(WarningKind.OVERRUNS_FIXED_START, i, clock - fixed, item.fixedStart()));
                } else {
                    if (clock < fixed && i > 0) {
                        warnings.add(new Warning(WarningKind.GAP_BEFORE_FIXED_START, i, fixed - clock,
                                item.fixedStart()));
                    }
                    itemStart = fixed;
                }
            }
            clock = itemStart + item.durationMinutes();
            slots.add(new Slot(i, itemStart, clock));
        }
        if (plannedEnd != null && !slots.isEmpty()) {
            int end = sameDayOrLater(minutes(plannedEnd), start);
            if (clock > end) {
                warnings.add(new Warning(WarningKind.ENDS_AFTER_PLANNED_END, slots.size() - 1, clock - end, plannedEnd));
            }
        }
        return new AgendaSchedule(start, slots, warnings);
    }

    public List<Slot> slots() {
        return slots;
    }

    public Slot slot(int index) {
        return slots.get(index);
    }

    public List<Warning> warnings() {
        return warnings;
    }

    public List<Warning> warningsFor(int index) {
        return warnings.stream().filter(w -> w.index() == index).toList();
    }

    /** When the last item ends; the conference start for an empty programme. */
    public LocalTime end() {
        return toTime(slots.isEmpty() ? startMinute : slots.get(slots.size() - 1).endMinute());
    }

    /** Total minutes from the conference start to the end of the last item. */
    public int totalMinutes() {
        return slots.isEmpty() ? 0 : slots.get(slots.size() - 1).endMinute() - startMinute;
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /**
     * A clock time earlier than the conference start is read as "too early" (an overrun),
     * not as the next day, except for programmes planned to run past midnight: a fixed
     * time more than twelve hours before the start is taken to be on the next day.
     */
    private static int sameDayOrLater(int minute, int start) {
        return start - minute > MINUTES_PER_DAY / 2 ? minute + MINUTES_PER_DAY : minute;
    }

    private static LocalTime toTime(int minute) {
        int m = Math.floorMod(minute, MINUTES_PER_DAY);
        return LocalTime.of(m / 60, m % 60);
    }
}
