package vn.congan.ceremony.seating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a hall: sections side by side with an aisle between neighbours (and along the
 * walls when {@code sideAisles}), the stage at the front and its steps on one or both sides.
 * Knows each seat's row label, seat number and horizontal position; plain Java, no state.
 */
public final class HallLayout {

    /** An aisle is this many seat widths wide. */
    public static final double AISLE_WIDTH = 1.5;

    private final List<HallSection> sections;
    private final SeatNumbering numbering;
    private final StageSteps steps;
    private final boolean sideAisles;
    private final double[] offsets;
    private final double width;
    private final Map<SeatKey, Integer> numbers = new HashMap<>();

    public HallLayout(List<HallSection> sections, SeatNumbering numbering, StageSteps steps, boolean sideAisles) {
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("A hall needs at least one section");
        }
        this.sections = List.copyOf(sections);
        this.numbering = numbering;
        this.steps = steps;
        this.sideAisles = sideAisles;
        this.offsets = new double[sections.size()];
        double x = sideAisles ? AISLE_WIDTH : 0;
        for (int i = 0; i < sections.size(); i++) {
            offsets[i] = x;
            x += sections.get(i).seatsPerRow() + AISLE_WIDTH;
        }
        this.width = x - AISLE_WIDTH + (sideAisles ? AISLE_WIDTH : 0);
        for (int row = 0; row < rowCount(); row++) {
            numberRow(row);
        }
    }

    public List<HallSection> sections() {
        return sections;
    }

    public SeatNumbering numbering() {
        return numbering;
    }

    public StageSteps steps() {
        return steps;
    }

    public boolean sideAisles() {
        return sideAisles;
    }

    public int rowCount() {
        return sections.stream().mapToInt(HallSection::rows).max().orElse(0);
    }

    public int seatCount() {
        return sections.stream().mapToInt(s -> s.rows() * s.seatsPerRow()).sum();
    }

    /** Every seat, front row first, left to right. */
    public List<SeatKey> seats() {
        List<SeatKey> all = new ArrayList<>(seatCount());
        for (int row = 0; row < rowCount(); row++) {
            all.addAll(row(row));
        }
        return all;
    }

    /** The seats of one row across all sections, left to right. */
    public List<SeatKey> row(int row) {
        List<SeatKey> seats = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            seats.addAll(segment(s, row));
        }
        return seats;
    }

    /** The seats of one row inside one section, left to right (empty when the section is shorter). */
    public List<SeatKey> segment(int section, int row) {
        HallSection hs = sections.get(section);
        if (row >= hs.rows()) {
            return List.of();
        }
        List<SeatKey> seats = new ArrayList<>(hs.seatsPerRow());
        for (int i = 0; i < hs.seatsPerRow(); i++) {
            seats.add(new SeatKey(section, row, i));
        }
        return seats;
    }

    public boolean contains(SeatKey key) {
        return key.section() >= 0 && key.section() < sections.size() && key.row() >= 0
                && key.row() < sections.get(key.section()).rows() && key.seat() >= 0
                && key.seat() < sections.get(key.section()).seatsPerRow();
    }

    /** The centre of the seat in seat widths from the left wall. */
    public double x(SeatKey key) {
        return offsets[key.section()] + key.seat() + 0.5;
    }

    /** Left wall to right wall, in seat widths. */
    public double width() {
        return width;
    }

    public double centre() {
        return width / 2;
    }

    /** "A", "B", ..., "Z", "AA", "AB", ... */
    public static String rowLabel(int row) {
        StringBuilder label = new StringBuilder();
        int n = row;
        do {
            label.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return label.toString();
    }

    public String rowLabel(SeatKey key) {
        return rowLabel(key.row());
    }

    public int seatNumber(SeatKey key) {
        return numbers.get(key);
    }

    /** "B7". */
    public String label(SeatKey key) {
        return rowLabel(key.row()) + seatNumber(key);
    }

    /**
     * Which end of the section's rows people leave by to reach the stage steps: the end next
     * to an aisle (or, without one, the wall end) nearest the steps; on a tie, the left.
     */
    public Side exitSide(int section) {
        boolean leftAisle = section > 0 || sideAisles;
        boolean rightAisle = section < sections.size() - 1 || sideAisles;
        if (leftAisle != rightAisle) {
            return leftAisle ? Side.LEFT : Side.RIGHT;
        }
        double left = offsets[section];
        double right = left + sections.get(section).seatsPerRow();
        return distanceToSteps(right) < distanceToSteps(left) ? Side.RIGHT : Side.LEFT;
    }

    /** How far the section's exit end is from the nearest stage steps. */
    public double exitDistance(int section) {
        double left = offsets[section];
        double end = exitSide(section) == Side.LEFT ? left : left + sections.get(section).seatsPerRow();
        return distanceToSteps(end);
    }

    private double distanceToSteps(double x) {
        return switch (steps) {
            case LEFT -> x;
            case RIGHT -> width - x;
            case BOTH -> Math.min(x, width - x);
        };
    }

    private void numberRow(int row) {
        List<SeatKey> seats = row(row);
        if (numbering == SeatNumbering.LEFT_TO_RIGHT) {
            for (int i = 0; i < seats.size(); i++) {
                numbers.put(seats.get(i), i + 1);
            }
            return;
        }
        double centre = centre();
        List<SeatKey> left = new ArrayList<>();
        List<SeatKey> right = new ArrayList<>();
        SeatKey middle = null;
        for (SeatKey seat : seats) {
            double x = x(seat);
            if (Math.abs(x - centre) < 1e-9) {
                middle = seat;
            } else if (x < centre) {
                left.add(seat);
            } else {
                right.add(seat);
            }
        }
        Comparator<SeatKey> fromCentre = Comparator.comparingDouble(s -> Math.abs(x(s) - centre));
        left.sort(fromCentre);
        right.sort(fromCentre);
        int odd = 1;
        if (middle != null) {
            numbers.put(middle, odd);
            odd += 2;
        }
        for (SeatKey seat : left) {
            numbers.put(seat, odd);
            odd += 2;
        }
        int even = 2;
        for (SeatKey seat : right) {
            numbers.put(seat, even);
            even += 2;
        }
    }
}
