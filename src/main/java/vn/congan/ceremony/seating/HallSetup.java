package vn.congan.ceremony.seating;

import java.util.List;

/** What the organizer enters to build a hall plan. */
public record HallSetup(String name, List<HallSection> sections, SeatNumbering numbering, StageSteps steps,
        boolean sideAisles, Side delegateStartSide) {

    public HallSetup {
        sections = List.copyOf(sections);
    }

    /** {@code count} equal sections named "Khu 1", "Khu 2", ... */
    public static HallSetup uniform(String name, int count, int rows, int seatsPerRow, SeatNumbering numbering,
            StageSteps steps, boolean sideAisles, Side delegateStartSide) {
        List<HallSection> sections = java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> new HallSection("Khu " + i, rows, seatsPerRow)).toList();
        return new HallSetup(name, sections, numbering, steps, sideAisles, delegateStartSide);
    }
}
