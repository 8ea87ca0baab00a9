package vn.congan.ceremony.seating;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.VietText;

/**
 * What the organizer enters to build a hall plan: the sections from left to right (seen facing
 * the stage), each with its own name, rows and seats per row, and the hall's settings. A hall
 * has 1 to {@value #MAX_SECTIONS} sections with different names and at most {@value #MAX_SEATS}
 * seats; anything else is refused with a message before anything is built.
 */
public record HallSetup(String name, List<HallSection> sections, SeatNumbering numbering, StageSteps steps,
        boolean sideAisles, Side delegateStartSide) {

    public static final int MAX_SECTIONS = 10;
    public static final int MAX_SEATS = 5000;

    public HallSetup {
        sections = List.copyOf(sections);
        if (sections.isEmpty() || sections.size() > MAX_SECTIONS) {
            throw new UserMessageException("seating.error.sectionCount", MAX_SECTIONS);
        }
        Set<String> names = new HashSet<>();
        for (HallSection section : sections) {
            if (!names.add(VietText.fold(section.name()))) {
                throw new UserMessageException("seating.error.sectionNameTwice", section.name());
            }
        }
        int seats = sections.stream().mapToInt(HallSection::seatCount).sum();
        if (seats > MAX_SEATS) {
            throw new UserMessageException("seating.error.tooManySeats", seats, MAX_SEATS);
        }
    }

    /** {@code count} equal sections named "Khu 1", "Khu 2", ... */
    public static HallSetup uniform(String name, int count, int rows, int seatsPerRow, SeatNumbering numbering,
            StageSteps steps, boolean sideAisles, Side delegateStartSide) {
        List<HallSection> sections = IntStream.rangeClosed(1, count)
                .mapToObj(i -> new HallSection("Khu " + i, rows, seatsPerRow)).toList();
        return new HallSetup(name, sections, numbering, steps, sideAisles, delegateStartSide);
    }

    public int seatCount() {
        return sections.stream().mapToInt(HallSection::seatCount).sum();
    }
}
