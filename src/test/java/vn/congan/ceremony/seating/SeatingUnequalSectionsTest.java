package vn.congan.ceremony.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.UserMessageException;

/** The hall rules when sections differ in width and in number of rows (plain Java). */
class SeatingUnequalSectionsTest {

    private final SeatingAssigner assigner = new SeatingAssigner();

    // --- rows, labels and numbering -----------------------------------------------------------

    @Test
    void aShorterSectionSimplyHasFewerRowsLabelledFromTheStageBack() {
        // left 6 seats x 8 rows, centre 10 x 10, right 4 x 6
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, true,
                section("Trái", 8, 6), section("Giữa", 10, 10), section("Phải", 6, 4));
        assertThat(hall.rowCount()).isEqualTo(10);
        assertThat(hall.seatCount()).isEqualTo(48 + 100 + 24);
        assertThat(hall.seats()).hasSize(172);
        assertThat(hall.row(5)).extracting(SeatKey::section).containsOnly(0, 1, 2);
        assertThat(hall.row(6)).extracting(SeatKey::section).containsOnly(0, 1);
        assertThat(hall.row(8)).extracting(SeatKey::section).containsOnly(1);
        assertThat(hall.segment(2, 6)).isEmpty();
        assertThat(hall.contains(new SeatKey(0, 8, 0))).isFalse();
        assertThat(hall.contains(new SeatKey(1, 9, 9))).isTrue();
        assertThat(hall.rowLabel(new SeatKey(1, 9, 0))).isEqualTo("J");
    }

    @Test
    void leftToRightNumberingRunsAcrossTheSeatsTheRowHas() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, true,
                section("Trái", 8, 6), section("Giữa", 10, 10), section("Phải", 6, 4));
        assertThat(hall.row(0)).extracting(hall::seatNumber).containsExactlyElementsOf(range(1, 20));
        assertThat(hall.label(new SeatKey(2, 0, 3))).isEqualTo("A20");
        // row G: the right section has ended
        assertThat(hall.row(6)).extracting(hall::seatNumber).containsExactlyElementsOf(range(1, 16));
        // row I: only the centre section
        assertThat(hall.row(8)).extracting(hall::label)
                .containsExactly("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10");
    }

    @Test
    void oddEvenNumberingCountsFromTheCentreOfTheWholeRowAcrossAllSections() {
        // a wide centre section between two narrow ones: the centre of the hall is the centre
        // of the centre section, between its 5th and 6th seat
        HallLayout hall = hall(SeatNumbering.ODD_EVEN_FROM_CENTRE, StageSteps.BOTH, true,
                section("Trái", 8, 6), section("Giữa", 10, 10), section("Phải", 8, 6));
        assertThat(hall.row(0)).extracting(hall::seatNumber).containsExactly(
                21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22);
        // the back rows of the centre section alone keep the same numbers
        assertThat(hall.row(9)).extracting(hall::seatNumber).containsExactly(9, 7, 5, 3, 1, 2, 4, 6, 8, 10);
        // an odd centre section: its middle seat is 1
        HallLayout odd = hall(SeatNumbering.ODD_EVEN_FROM_CENTRE, StageSteps.BOTH, false,
                section("Trái", 3, 4), section("Giữa", 3, 9), section("Phải", 3, 4));
        assertThat(odd.row(0)).extracting(odd::seatNumber).containsExactly(
                17, 15, 13, 11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10, 12, 14, 16);
        assertThat(odd.seatNumber(new SeatKey(1, 0, 4))).isEqualTo(1);
    }

    @Test
    void theCentreOfAnAsymmetricHallIsTheCentreOfTheRowNotOfTheMiddleSection() {
        // 8 | 12 | 4 seats with wall aisles: 30 seat widths, the centre at 15, which is between
        // the 4th and 5th seat of the middle section
        HallLayout hall = hall(SeatNumbering.ODD_EVEN_FROM_CENTRE, StageSteps.BOTH, true,
                section("Trái", 8, 8), section("Giữa", 10, 12), section("Phải", 6, 4));
        assertThat(hall.centre()).isEqualTo(15.0);
        assertThat(hall.seatNumber(new SeatKey(1, 0, 3))).isEqualTo(1);
        assertThat(hall.seatNumber(new SeatKey(1, 0, 4))).isEqualTo(2);
        assertThat(hall.row(0)).extracting(hall::seatNumber).containsExactly(
                23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24);
        // a seat keeps its number in every row, also where a side section has ended
        for (int row = 0; row < hall.rowCount(); row++) {
            assertThat(hall.seatNumber(new SeatKey(1, row, 3))).as("row %s", row).isEqualTo(1);
            assertThat(hall.seatNumber(new SeatKey(1, row, 11))).as("row %s", row).isEqualTo(16);
        }
        assertThat(hall.row(9)).extracting(hall::seatNumber).containsExactly(7, 5, 3, 1, 2, 4, 6, 8, 10, 12, 14, 16);
        // every label is unique
        assertThat(hall.seats()).extracting(hall::label).doesNotHaveDuplicates();
    }

    @Test
    void theExitOfEachSectionIsTheAisleNearestTheStepsWhateverItsWidth() {
        // 6 | 10 | 6, wall aisles, steps on the right: every section leaves to the right
        HallLayout right = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.RIGHT, true,
                section("Trái", 8, 6), section("Giữa", 10, 10), section("Phải", 8, 6));
        assertThat(IntStream.range(0, 3).mapToObj(right::exitSide)).containsOnly(Side.RIGHT);
        // asymmetric 8 | 12 | 4 with both steps: the middle section's right end is nearer the right steps
        HallLayout both = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, true,
                section("Trái", 8, 8), section("Giữa", 10, 12), section("Phải", 6, 4));
        assertThat(both.exitSide(0)).isEqualTo(Side.LEFT);
        assertThat(both.exitSide(1)).isEqualTo(Side.RIGHT);
        assertThat(both.exitSide(2)).isEqualTo(Side.RIGHT);
        assertThat(both.exitDistance(1)).isEqualTo(7.0);
    }

    // --- automatic assignment ---------------------------------------------------------------

    @Test
    void theMostSeniorDelegateSitsAtTheCentreOfTheHallAcrossUnequalSections() {
        HallLayout hall = hall(SeatNumbering.ODD_EVEN_FROM_CENTRE, StageSteps.BOTH, true,
                section("Trái", 3, 4), section("Giữa", 3, 9), section("Phải", 3, 4));
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, zone(hall, 0, Zone.DELEGATE),
                delegates(5), List.of()));
        assertThat(labelOf(hall, seats, "d1")).isEqualTo("A1");
        assertThat(labelOf(hall, seats, "d2")).isEqualTo("A2");
        assertThat(labelOf(hall, seats, "d3")).isEqualTo("A3");
        assertThat(labelOf(hall, seats, "d4")).isEqualTo("A4");
        assertThat(labelOf(hall, seats, "d5")).isEqualTo("A5");
        assertThat(seats.keySet()).extracting(SeatKey::section).containsOnly(1);
    }

    @Test
    void inAnAsymmetricHallTheDelegatesStartAtTheCentreOfTheRow() {
        // 8 | 12 | 4: the centre falls between the middle section's 4th and 5th seat
        HallLayout hall = hall(SeatNumbering.ODD_EVEN_FROM_CENTRE, StageSteps.BOTH, true,
                section("Trái", 3, 8), section("Giữa", 3, 12), section("Phải", 3, 4));
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, zone(hall, 0, Zone.DELEGATE),
                delegates(3), List.of()));
        assertThat(nameAt(seats, 1, 0, 3)).isEqualTo("d1");
        assertThat(nameAt(seats, 1, 0, 4)).isEqualTo("d2");
        assertThat(nameAt(seats, 1, 0, 2)).isEqualTo("d3");
    }

    @Test
    void awardeeLinesFollowTheExitsAndContinueInTheSectionThatHasMoreRows() {
        // 6 x 2 rows | 10 x 3 rows | 6 x 2 rows, centre aisles only, steps on the left: the left
        // section leaves by its right end (its only aisle), the centre section by its left end,
        // the right section by its left end; row C exists only in the centre section
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, false,
                section("Trái", 2, 6), section("Giữa", 3, 10), section("Phải", 2, 6));
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, all(hall, Zone.AWARDEE), List.of(),
                List.of(batch(1, 6), batch(2, 10), batch(3, 6), batch(4, 6), batch(5, 10), batch(6, 6),
                        batch(7, 3))));
        assertThat(nameAt(seats, 0, 0, 5)).isEqualTo("b1.1");
        assertThat(nameAt(seats, 0, 0, 0)).isEqualTo("b1.6");
        assertThat(nameAt(seats, 1, 0, 0)).isEqualTo("b2.1");
        assertThat(nameAt(seats, 1, 0, 9)).isEqualTo("b2.10");
        assertThat(nameAt(seats, 2, 0, 0)).isEqualTo("b3.1");
        assertThat(nameAt(seats, 0, 1, 5)).isEqualTo("b4.1");
        assertThat(nameAt(seats, 2, 1, 5)).isEqualTo("b6.6");
        // the last batch: row C of the centre section, from its exit end
        assertThat(nameAt(seats, 1, 2, 0)).isEqualTo("b7.1");
        assertThat(nameAt(seats, 1, 2, 2)).isEqualTo("b7.3");
        assertThat(seats).hasSize(47);
        assertThat(seats.keySet()).allMatch(hall::contains);
    }

    @Test
    void withStepsOnBothSidesTheNarrowSideSectionsEmptyOutwardsAndTheCentreSectionComesLast() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, true,
                section("Trái", 2, 4), section("Giữa", 2, 8), section("Phải", 2, 4));
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, all(hall, Zone.AWARDEE), List.of(),
                List.of(batch(1, 4), batch(2, 4), batch(3, 8))));
        assertThat(nameAt(seats, 0, 0, 0)).isEqualTo("b1.1");
        assertThat(nameAt(seats, 2, 0, 3)).isEqualTo("b2.1");
        assertThat(nameAt(seats, 2, 0, 0)).isEqualTo("b2.4");
        // the centre section's row A, from its left end (a tie goes left)
        assertThat(nameAt(seats, 1, 0, 0)).isEqualTo("b3.1");
        assertThat(nameAt(seats, 1, 0, 7)).isEqualTo("b3.8");
    }

    // --- bad input ------------------------------------------------------------------------

    @Test
    void aSectionWithoutSeatsRowsOrNameIsRefusedWithAMessage() {
        assertRefused(() -> new HallSection("Khu giữa", 10, 0), "seating.error.sectionSeats", "Khu giữa", 60);
        assertRefused(() -> new HallSection("Khu giữa", 10, 61), "seating.error.sectionSeats", "Khu giữa", 60);
        assertRefused(() -> new HallSection("Khu trái", 0, 6), "seating.error.sectionRows", "Khu trái", 60);
        assertRefused(() -> new HallSection("  ", 10, 6), "seating.error.sectionName");
        assertRefused(() -> new HallSection(null, 10, 6), "seating.error.sectionName");
        assertThat(new HallSection("  Khu   giữa ", 10, 6).name()).isEqualTo("Khu giữa");
    }

    @Test
    void aHallWithTwoSectionsOfTheSameNameTooManySectionsOrTooManySeatsIsRefused() {
        assertRefused(() -> setup(section("Khu giữa", 3, 3), section("khu GIUA", 3, 3)),
                "seating.error.sectionNameTwice", "khu GIUA");
        assertRefused(() -> HallSetup.uniform("H", 11, 2, 2, SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, true,
                Side.RIGHT), "seating.error.sectionCount", 10);
        assertRefused(() -> setup(), "seating.error.sectionCount", 10);
        assertRefused(() -> setup(section("Khu 1", 60, 60), section("Khu 2", 60, 60)),
                "seating.error.tooManySeats", 7200, 5000);
        assertThat(setup(section("Khu trái", 8, 6), section("Khu giữa", 10, 10)).seatCount()).isEqualTo(148);
    }

    // --- helpers ----------------------------------------------------------------------------

    private static HallSection section(String name, int rows, int seatsPerRow) {
        return new HallSection(name, rows, seatsPerRow);
    }

    private static HallLayout hall(SeatNumbering numbering, StageSteps steps, boolean sideAisles,
            HallSection... sections) {
        return new HallLayout(List.of(sections), numbering, steps, sideAisles);
    }

    private static HallSetup setup(HallSection... sections) {
        return new HallSetup("Hội trường", List.of(sections), SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, true,
                Side.RIGHT);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static Map<SeatKey, HallSeat> zone(HallLayout hall, int row, Zone zone) {
        Map<SeatKey, HallSeat> zones = new HashMap<>();
        hall.row(row).forEach(k -> zones.put(k, new HallSeat(k, zone, false)));
        return zones;
    }

    private static Map<SeatKey, HallSeat> all(HallLayout hall, Zone zone) {
        Map<SeatKey, HallSeat> zones = new HashMap<>();
        hall.seats().forEach(k -> zones.put(k, new HallSeat(k, zone, false)));
        return zones;
    }

    private static List<Occupant> delegates(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> Occupant.delegate("person:d" + i, i, "d" + i)).toList();
    }

    private static List<Occupant> batch(int batch, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> Occupant.awardee("person:b" + batch + "." + i,
                batch * 100L + i, "b" + batch + "." + i, batch, i)).toList();
    }

    private static SeatingRequest request(HallLayout hall, Map<SeatKey, HallSeat> zones, List<Occupant> delegates,
            List<List<Occupant>> batches) {
        return new SeatingRequest(hall, zones, delegates, batches, List.of(), Map.of(), Side.RIGHT);
    }

    private static String nameAt(Map<SeatKey, Occupant> seats, int section, int row, int seat) {
        Occupant o = seats.get(new SeatKey(section, row, seat));
        return o == null ? null : o.name();
    }

    private static String labelOf(HallLayout hall, Map<SeatKey, Occupant> seats, String name) {
        List<String> labels = new ArrayList<>();
        seats.forEach((k, o) -> {
            if (o.name().equals(name)) {
                labels.add(hall.label(k));
            }
        });
        assertThat(labels).hasSize(1);
        return labels.get(0);
    }

    private static void assertRefused(Runnable action, String key, Object... arguments) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserMessageException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getArguments()).containsExactly(arguments);
        });
    }
}
