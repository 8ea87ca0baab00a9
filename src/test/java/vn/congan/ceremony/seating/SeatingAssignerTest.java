package vn.congan.ceremony.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.UserMessageException;

class SeatingAssignerTest {

    private final SeatingAssigner assigner = new SeatingAssigner();

    // --- the hall ---------------------------------------------------------------------------

    @Test
    void rowsAreLabelledByLetters() {
        assertThat(HallLayout.rowLabel(0)).isEqualTo("A");
        assertThat(HallLayout.rowLabel(25)).isEqualTo("Z");
        assertThat(HallLayout.rowLabel(26)).isEqualTo("AA");
        assertThat(HallLayout.rowLabel(27)).isEqualTo("AB");
    }

    @Test
    void leftToRightNumberingRunsAcrossTheAisles() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, false, 3, 4, 3);
        assertThat(hall.row(0)).extracting(hall::seatNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(hall.label(new SeatKey(1, 2, 0))).isEqualTo("C4");
    }

    @Test
    void oddEvenNumberingStartsAtTheCentreOfAnEvenRow() {
        HallLayout hall = hall(SeatNumbering.ODD_EVEN_FROM_CENTRE, StageSteps.BOTH, false, 3, 3);
        // left section: 5 3 1 | aisle | 2 4 6
        assertThat(hall.row(0)).extracting(hall::seatNumber).containsExactly(5, 3, 1, 2, 4, 6);
    }

    @Test
    void oddEvenNumberingGivesTheCentreSeatOfAnOddRowNumberOne() {
        HallLayout hall = hall(SeatNumbering.ODD_EVEN_FROM_CENTRE, StageSteps.BOTH, false, 7);
        assertThat(hall.row(0)).extracting(hall::seatNumber).containsExactly(7, 5, 3, 1, 2, 4, 6);
    }

    @Test
    void theExitOfASectionIsTheAisleNearestTheStageSteps() {
        HallLayout centreAisleOnly = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, false, 5, 5);
        assertThat(centreAisleOnly.exitSide(0)).isEqualTo(Side.RIGHT);
        assertThat(centreAisleOnly.exitSide(1)).isEqualTo(Side.LEFT);
        HallLayout sideAisles = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, true, 5, 5);
        assertThat(sideAisles.exitSide(0)).isEqualTo(Side.LEFT);
        assertThat(sideAisles.exitSide(1)).isEqualTo(Side.RIGHT);
        HallLayout stepsRight = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.RIGHT, true, 5, 5);
        assertThat(stepsRight.exitSide(0)).isEqualTo(Side.RIGHT);
        assertThat(stepsRight.exitSide(1)).isEqualTo(Side.RIGHT);
    }

    // --- delegates --------------------------------------------------------------------------

    @Test
    void theMostSeniorDelegateSitsAtTheCentreOfAnOddRowThenRightLeftAlternating() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, false, 7);
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, zones(hall, 0, Zone.DELEGATE), people("d", 5),
                List.of(), Side.RIGHT));
        assertThat(nameAt(seats, 0, 0, 3)).isEqualTo("d1");
        assertThat(nameAt(seats, 0, 0, 4)).isEqualTo("d2");
        assertThat(nameAt(seats, 0, 0, 2)).isEqualTo("d3");
        assertThat(nameAt(seats, 0, 0, 5)).isEqualTo("d4");
        assertThat(nameAt(seats, 0, 0, 1)).isEqualTo("d5");
    }

    @Test
    void inAnEvenRowTheSecondDelegateSitsRightNextToTheFirstAcrossTheCentreAisle() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, false, 4, 4);
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, zones(hall, 0, Zone.DELEGATE), people("d", 4),
                List.of(), Side.RIGHT));
        assertThat(nameAt(seats, 0, 0, 3)).isEqualTo("d1");
        assertThat(nameAt(seats, 1, 0, 0)).isEqualTo("d2");
        assertThat(nameAt(seats, 0, 0, 2)).isEqualTo("d3");
        assertThat(nameAt(seats, 1, 0, 1)).isEqualTo("d4");
    }

    @Test
    void theStartingSideIsASetting() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, false, 4, 4);
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, zones(hall, 0, Zone.DELEGATE), people("d", 3),
                List.of(), Side.LEFT));
        assertThat(nameAt(seats, 1, 0, 0)).isEqualTo("d1");
        assertThat(nameAt(seats, 0, 0, 3)).isEqualTo("d2");
        assertThat(nameAt(seats, 1, 0, 1)).isEqualTo("d3");
    }

    @Test
    void delegatesContinueInTheNextDelegateRowAndSkipBlockedSeats() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, false, 3);
        Map<SeatKey, HallSeat> zones = zones(hall, 0, Zone.DELEGATE);
        zones.putAll(zones(hall, 1, Zone.DELEGATE));
        zones.put(new SeatKey(0, 0, 1), new HallSeat(new SeatKey(0, 0, 1), Zone.DELEGATE, true));
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, zones, people("d", 4), List.of(), Side.RIGHT));
        // row A: the centre is blocked; of the two seats beside it d1 takes the left one, so that
        // d2 sits to the right of d1 as the rule wants
        assertThat(nameAt(seats, 0, 0, 0)).isEqualTo("d1");
        assertThat(nameAt(seats, 0, 0, 2)).isEqualTo("d2");
        assertThat(nameAt(seats, 0, 1, 1)).isEqualTo("d3");
        assertThat(nameAt(seats, 0, 1, 2)).isEqualTo("d4");
        assertThat(seats).doesNotContainKey(new SeatKey(0, 0, 1));
    }

    @Test
    void tooManyDelegatesForTheDelegateZoneIsRefused() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, false, 3);
        assertThatThrownBy(() -> assigner.assign(request(hall, zones(hall, 0, Zone.DELEGATE), people("d", 4),
                List.of(), Side.RIGHT)))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> assertThat(((UserMessageException) e).getMessageKey())
                        .isEqualTo("seating.error.tooManyDelegates"))
                .satisfies(e -> assertThat(((UserMessageException) e).getArguments()).containsExactly(4, 3));
    }

    // --- awardees ---------------------------------------------------------------------------

    @Test
    void aBatchSitsInConsecutiveSeatsFromTheAisleNearestTheSteps() {
        // two sections of 5 with only a centre aisle, steps on the left: the left section's
        // exit is the centre aisle, and it is nearer the left steps than the right section's
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, false, 5, 5);
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, allZone(hall, Zone.AWARDEE), List.of(),
                List.of(batch(1, 3)), Side.RIGHT));
        assertThat(nameAt(seats, 0, 0, 4)).isEqualTo("b1.1");
        assertThat(nameAt(seats, 0, 0, 3)).isEqualTo("b1.2");
        assertThat(nameAt(seats, 0, 0, 2)).isEqualTo("b1.3");
    }

    @Test
    void withStepsOnBothSidesEachSectionEmptiesTowardsItsOwnSide() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.BOTH, true, 4, 4);
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, allZone(hall, Zone.AWARDEE), List.of(),
                List.of(batch(1, 4), batch(2, 3)), Side.RIGHT));
        // batch 1 fills row A of the left section from the left wall aisle
        assertThat(IntStream.range(0, 4).mapToObj(i -> nameAt(seats, 0, 0, i)))
                .containsExactly("b1.1", "b1.2", "b1.3", "b1.4");
        // batch 2 goes to row A of the right section, from the right wall aisle inwards
        assertThat(nameAt(seats, 1, 0, 3)).isEqualTo("b2.1");
        assertThat(nameAt(seats, 1, 0, 2)).isEqualTo("b2.2");
        assertThat(nameAt(seats, 1, 0, 1)).isEqualTo("b2.3");
        assertThat(seats).doesNotContainKey(new SeatKey(1, 0, 0));
    }

    @Test
    void everyBatchStartsANewLineAtItsExitEndSoNobodyClimbsOverAnEarlierBatch() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, true, 6);
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, allZone(hall, Zone.AWARDEE), List.of(),
                List.of(batch(1, 4), batch(2, 3), batch(3, 2)), Side.RIGHT));
        assertThat(nameAt(seats, 0, 0, 3)).isEqualTo("b1.4");
        assertThat(seats).doesNotContainKeys(new SeatKey(0, 0, 4), new SeatKey(0, 0, 5));
        assertThat(nameAt(seats, 0, 1, 0)).isEqualTo("b2.1");
        assertThat(nameAt(seats, 0, 1, 2)).isEqualTo("b2.3");
        // batch 3 would fit in the rest of row B, but starts row C next to the aisle
        assertThat(seats).doesNotContainKeys(new SeatKey(0, 1, 3), new SeatKey(0, 1, 4));
        assertThat(nameAt(seats, 0, 2, 0)).isEqualTo("b3.1");
        assertThat(nameAt(seats, 0, 2, 1)).isEqualTo("b3.2");
    }

    @Test
    void withFewerLinesThanBatchesBatchesShareLinesButABatchThatFitsIsNotSplit() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, true, 6);
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, allZone(hall, Zone.AWARDEE), List.of(),
                List.of(batch(1, 4), batch(2, 2), batch(3, 5), batch(4, 3)), Side.RIGHT));
        assertThat(nameAt(seats, 0, 0, 4)).isEqualTo("b2.1");
        assertThat(nameAt(seats, 0, 0, 5)).isEqualTo("b2.2");
        assertThat(nameAt(seats, 0, 1, 0)).isEqualTo("b3.1");
        assertThat(nameAt(seats, 0, 1, 4)).isEqualTo("b3.5");
        assertThat(nameAt(seats, 0, 2, 0)).isEqualTo("b4.1");
    }

    @Test
    void aBatchSkipsALineTooShortForItWhenALaterLineHoldsItWhole() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, true, 3, 6);
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, allZone(hall, Zone.AWARDEE), List.of(),
                List.of(batch(1, 5), batch(2, 2)), Side.RIGHT));
        assertThat(nameAt(seats, 1, 0, 0)).isEqualTo("b1.1");
        assertThat(nameAt(seats, 1, 0, 4)).isEqualTo("b1.5");
        assertThat(nameAt(seats, 0, 1, 0)).isEqualTo("b2.1");
        assertThat(seats).doesNotContainKey(new SeatKey(0, 0, 0));
    }

    @Test
    void aBatchLongerThanALineContinuesOverTheLineEnd() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, true, 4);
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, allZone(hall, Zone.AWARDEE), List.of(),
                List.of(batch(1, 2), batch(2, 7)), Side.RIGHT));
        // batch 2 starts row B at the aisle and continues in row C from its exit end
        assertThat(seats).doesNotContainKeys(new SeatKey(0, 0, 2), new SeatKey(0, 0, 3));
        assertThat(nameAt(seats, 0, 1, 0)).isEqualTo("b2.1");
        assertThat(nameAt(seats, 0, 1, 3)).isEqualTo("b2.4");
        assertThat(nameAt(seats, 0, 2, 0)).isEqualTo("b2.5");
        assertThat(nameAt(seats, 0, 2, 2)).isEqualTo("b2.7");
    }

    @Test
    void blockedSeatsAndOtherZonesAreSkippedInsideALine() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, true, 5);
        Map<SeatKey, HallSeat> zones = allZone(hall, Zone.AWARDEE);
        zones.put(new SeatKey(0, 0, 1), new HallSeat(new SeatKey(0, 0, 1), Zone.AWARDEE, true));
        zones.put(new SeatKey(0, 0, 3), new HallSeat(new SeatKey(0, 0, 3), Zone.GENERAL, false));
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, zones, List.of(), List.of(batch(1, 3)), Side.RIGHT));
        assertThat(nameAt(seats, 0, 0, 0)).isEqualTo("b1.1");
        assertThat(nameAt(seats, 0, 0, 2)).isEqualTo("b1.2");
        assertThat(nameAt(seats, 0, 0, 4)).isEqualTo("b1.3");
    }

    @Test
    void moreAwardeesThanAwardeeSeatsIsRefusedWithTheFigures() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, true, 5);
        Map<SeatKey, HallSeat> zones = zones(hall, 0, Zone.AWARDEE);
        zones.put(new SeatKey(0, 0, 0), new HallSeat(new SeatKey(0, 0, 0), Zone.AWARDEE, true));
        assertThatThrownBy(() -> assigner.assign(request(hall, zones, List.of(), List.of(batch(1, 3), batch(2, 2)),
                Side.RIGHT)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("seating.error.tooManyAwardees");
                    assertThat(e.getArguments()).containsExactly(5, 4);
                });
    }

    @Test
    void skippingToANewLineNeverLeavesAwardeesWithoutASeat() {
        // 2 rows of 3: batches of 2 and 3 and 1 fill all six seats only if batch 2 does not skip
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, true, 3);
        Map<SeatKey, HallSeat> zones = zones(hall, 0, Zone.AWARDEE);
        zones.putAll(zones(hall, 1, Zone.AWARDEE));
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, zones, List.of(),
                List.of(batch(1, 2), batch(2, 3), batch(3, 1)), Side.RIGHT));
        assertThat(seats).hasSize(6);
        assertThat(nameAt(seats, 0, 0, 2)).isEqualTo("b2.1");
    }

    @Test
    void aCollectiveRepresentativeWhoIsAlsoADelegateKeepsTheDelegateSeat() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, true, 3);
        Map<SeatKey, HallSeat> zones = zones(hall, 0, Zone.DELEGATE);
        zones.putAll(zones(hall, 1, Zone.AWARDEE));
        Occupant delegate = Occupant.delegate("person:9", 1, "Giám đốc");
        Occupant representing = Occupant.awardee("person:9", 50, "Giám đốc", 1, 1);
        Map<SeatKey, Occupant> seats = assigner.assign(request(hall, zones, List.of(delegate),
                List.of(List.of(representing, Occupant.awardee("person:10", 51, "b1.2", 1, 2))), Side.RIGHT));
        assertThat(seats.values()).filteredOn(o -> o.key().equals("person:9")).containsExactly(delegate);
        assertThat(nameAt(seats, 0, 1, 0)).isEqualTo("b1.2");
    }

    // --- pins and general attendees ---------------------------------------------------------

    @Test
    void pinnedSeatsSurviveAndTheirPeopleAreNotSeatedTwice() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, true, 4);
        List<Occupant> batch = batch(1, 3);
        Map<SeatKey, Occupant> pinned = Map.of(new SeatKey(0, 1, 3), batch.get(1),
                new SeatKey(0, 0, 0), Occupant.general("person:99", 99, "guest"));
        SeatingRequest request = new SeatingRequest(hall, allZone(hall, Zone.AWARDEE), List.of(), List.of(batch),
                List.of(), pinned, Side.RIGHT);
        Map<SeatKey, Occupant> seats = assigner.assign(request);
        assertThat(nameAt(seats, 0, 1, 3)).isEqualTo("b1.2");
        assertThat(nameAt(seats, 0, 0, 0)).isEqualTo("guest");
        assertThat(nameAt(seats, 0, 0, 1)).isEqualTo("b1.1");
        assertThat(nameAt(seats, 0, 0, 2)).isEqualTo("b1.3");
        assertThat(seats.values()).extracting(Occupant::name).doesNotHaveDuplicates().hasSize(4);
        // re-running gives the same result
        assertThat(assigner.assign(request)).isEqualTo(seats);
    }

    @Test
    void generalAttendeesFillTheGeneralZoneAndTooManyAreRefused() {
        HallLayout hall = hall(SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, true, 2);
        Map<SeatKey, HallSeat> zones = zones(hall, 0, Zone.AWARDEE);
        SeatingRequest ok = new SeatingRequest(hall, zones, List.of(), List.of(), people("g", 4), Map.of(), Side.RIGHT);
        Map<SeatKey, Occupant> seats = assigner.assign(ok);
        assertThat(nameAt(seats, 0, 1, 0)).isEqualTo("g1");
        assertThat(nameAt(seats, 0, 2, 1)).isEqualTo("g4");
        SeatingRequest tooMany = new SeatingRequest(hall, zones, List.of(), List.of(), people("g", 5), Map.of(),
                Side.RIGHT);
        assertThatThrownBy(() -> assigner.assign(tooMany)).isInstanceOfSatisfying(UserMessageException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("seating.error.tooManyGeneral"));
    }

    // --- stage order changes ----------------------------------------------------------------

    @Test
    void seatsWhoseAwardMovedInTheStageOrderAreReported() {
        List<StageOrderCheck.Seated> seated = List.of(new StageOrderCheck.Seated(1, 10, 1, 1, false),
                new StageOrderCheck.Seated(2, 11, 1, 2, false), new StageOrderCheck.Seated(3, 12, 2, 1, false),
                new StageOrderCheck.Seated(4, 13, 1, 3, true));
        Map<Long, StageOrderCheck.StagePlace> now = Map.of(10L, new StageOrderCheck.StagePlace(1, 1, "p10"),
                11L, new StageOrderCheck.StagePlace(2, 1, "p11"), 13L, new StageOrderCheck.StagePlace(2, 2, "p13"));
        StageOrderCheck.Report report = StageOrderCheck.check(seated, now, Set.of("p10", "p11", "p12", "p13"));
        assertThat(report.outOfOrderSeatIds()).containsExactly(2L, 3L);
        // a pinned seat whose award moved is to be checked, not out of order; the batch shown is the one of now
        assertThat(report.pinnedToReviewSeatIds()).containsExactly(4L);
        assertThat(report.currentBatchBySeatId()).containsEntry(2L, 2).containsEntry(4L, 2).doesNotContainKey(3L);
        assertThat(report.unseated()).isEqualTo(0);
        assertThat(report.changed()).isTrue();
        assertThat(StageOrderCheck.check(seated.subList(0, 1), Map.of(10L, new StageOrderCheck.StagePlace(1, 1, "p10")),
                Set.of("p10")).changed()).isFalse();
    }

    // --- helpers ----------------------------------------------------------------------------

    private static HallLayout hall(SeatNumbering numbering, StageSteps steps, boolean sideAisles, int... widths) {
        List<HallSection> sections = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            sections.add(new HallSection("S" + i, 3, widths[i]));
        }
        return new HallLayout(sections, numbering, steps, sideAisles);
    }

    /** Row {@code row} in {@code zone}, every other seat general. */
    private static Map<SeatKey, HallSeat> zones(HallLayout hall, int row, Zone zone) {
        Map<SeatKey, HallSeat> zones = new HashMap<>();
        hall.row(row).forEach(k -> zones.put(k, new HallSeat(k, zone, false)));
        return zones;
    }

    private static Map<SeatKey, HallSeat> allZone(HallLayout hall, Zone zone) {
        Map<SeatKey, HallSeat> zones = new HashMap<>();
        hall.seats().forEach(k -> zones.put(k, new HallSeat(k, zone, false)));
        return zones;
    }

    private static List<Occupant> people(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> prefix.equals("g")
                ? Occupant.general("person:g" + i, i, prefix + i)
                : Occupant.delegate("person:" + prefix + i, i, prefix + i)).toList();
    }

    private static List<Occupant> batch(int batch, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> Occupant.awardee("person:b" + batch + "." + i,
                batch * 100L + i, "b" + batch + "." + i, batch, i)).toList();
    }

    private static SeatingRequest request(HallLayout hall, Map<SeatKey, HallSeat> zones, List<Occupant> delegates,
            List<List<Occupant>> batches, Side start) {
        return new SeatingRequest(hall, zones, delegates, batches, List.of(), Map.of(), start);
    }

    private static String nameAt(Map<SeatKey, Occupant> seats, int section, int row, int seat) {
        Occupant o = seats.get(new SeatKey(section, row, seat));
        return o == null ? null : o.name();
    }
}
