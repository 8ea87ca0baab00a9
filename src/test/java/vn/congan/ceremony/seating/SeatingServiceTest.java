package vn.congan.ceremony.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.DelegateRepository;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

@Tag("db")
class SeatingServiceTest extends AbstractSpringTest {

    @Autowired
    SeatingService seating;
    @Autowired
    SeatLookup lookup;
    @Autowired
    ApplicationContext context;
    SeatingFixtures fixtures;
    @Autowired
    SeatAssignmentRepository assignments;
    @Autowired
    SeatingSeatRepository seats;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void fixtures() {
        fixtures = new SeatingFixtures(context);
        fixtures.clearPlanning();
    }

    @Test
    void theDemoHallHasTwoSectionsOfTwelveRowsOfTenSeatsWithZonesAndATemplate() {
        SeatingMap map = seating.map(fixtures.conference()).orElseThrow();
        assertThat(map.seats()).hasSize(240);
        assertThat(map.seats()).filteredOn(s -> s.getZone() == Zone.DELEGATE).hasSize(40);
        assertThat(map.seats()).filteredOn(s -> s.getZone() == Zone.AWARDEE).hasSize(160);
        assertThat(map.seats()).filteredOn(SeatingSeat::isBlocked).extracting(SeatingSeat::label)
                .containsExactlyInAnyOrder("L18", "L20");
        assertThat(seating.templates()).extracting(SeatingPlan::getName)
                .containsExactly("Hội trường Công an tỉnh (2 khu × 12 hàng × 10 ghế)");
        assertThat(context.getBean(SeatingAttendeeService.class).attendees(fixtures.conference())).hasSize(6);
    }

    @Test
    void delegatesSitByPrecedenceAtTheCentreAndAwardeesByStageOrderFromTheSideAisles() {
        fixtures.delegates();
        fixtures.batches(10);
        Conference conference = fixtures.conference();
        int seated = seating.autoAssign(conference);

        Map<String, SeatInfo> byLabel = lookup.all(conference.getId()).stream()
                .collect(Collectors.toMap(SeatInfo::label, Function.identity()));
        // odd/even numbering: A1 is left of the centre aisle, A2 right of it
        assertThat(byLabel.get("A1").occupantName()).isEqualTo("Nguyễn Thế Hùng");
        assertThat(byLabel.get("A2").occupantName()).isEqualTo("Trần Quốc Bình");
        assertThat(byLabel.get("A3").occupantName()).isEqualTo("Lê Văn Ước");
        assertThat(byLabel.get("A4").occupantName()).isEqualTo("Phạm Thị Ánh");
        assertThat(byLabel.get("A5").occupantName()).isEqualTo("Hoàng Minh Đức");
        // batch 1 (Bằng khen) starts in row C at the left wall aisle: seat C19 (odd, outermost)
        assertThat(byLabel.get("C19").batchNo()).isEqualTo(1);
        assertThat(byLabel.get("C19").kind()).isEqualTo(Occupant.Kind.AWARDEE);
        // batch 2 does not fit the 2 seats left of that line: it takes row C of the right section from the wall
        assertThat(byLabel.get("C20").batchNo()).isEqualTo(2);
        assertThat(byLabel.get("C3")).isNull();
        // everyone who has a place in the stage order, once: 142 awards, 3 unit heads represent two units
        assertThat(seated).isEqualTo(5 + 139 + 6);
        assertThat(seating.stageOrder(conference).changed()).isFalse();
    }

    @Test
    void aPinnedSeatSurvivesReRunningAndAManualMoveSwapsAndPins() {
        fixtures.batches(10);
        Conference conference = fixtures.conference();
        seating.autoAssign(conference);
        SeatingMap map = seating.map(conference).orElseThrow();
        SeatingSeat c19 = seat(map, "C19");
        SeatingSeat j1 = seat(map, "J1");
        String first = map.occupant(c19).orElseThrow().getOccupantName();
        assertThat(map.occupant(j1)).isEmpty();

        seating.move(map, c19, j1);
        SeatingSeat c17 = seat(map, "C17");
        String second = seating.map(conference).orElseThrow().occupant(c17).orElseThrow().getOccupantName();
        seating.move(seating.map(conference).orElseThrow(), c17, j1); // swap
        seating.autoAssign(conference);

        SeatingMap after = seating.map(conference).orElseThrow();
        assertThat(after.occupant(j1).orElseThrow().getOccupantName()).isEqualTo(second);
        assertThat(after.occupant(j1).orElseThrow().isPinned()).isTrue();
        assertThat(after.occupant(c17).orElseThrow().getOccupantName()).isEqualTo(first);
        assertThat(after.occupant(c17).orElseThrow().isPinned()).isTrue();
        assertThat(after.bySeatId().values()).extracting(SeatAssignment::occupantKey).doesNotHaveDuplicates();
    }

    @Test
    void aChangedStageOrderShowsTheSeatsOutOfOrderUntilReRun() {
        fixtures.batches(10);
        Conference conference = fixtures.conference();
        seating.autoAssign(conference);
        fixtures.swapBatches(2, 3);

        StageOrderCheck.Report report = seating.stageOrder(conference);
        assertThat(report.changed()).isTrue();
        // 20 awards in batches 2 and 3; three of them are represented by unit heads already seated with batch 1
        assertThat(report.outOfOrderSeatIds()).hasSize(17);
        seating.autoAssign(conference);
        assertThat(seating.stageOrder(conference).changed()).isFalse();
    }

    @Test
    void aPinnedAwardeeKeepsTheSeatButGoesUpWithTheNewBatchAndTheBannerClearsAfterReRun() {
        fixtures.batches(10);
        Conference conference = fixtures.conference();
        seating.autoAssign(conference);
        SeatingMap map = seating.map(conference).orElseThrow();
        SeatingSeat batch2Seat = map.seats().stream().filter(s -> map.occupant(s)
                .map(a -> Integer.valueOf(2).equals(a.getBatchNo())).orElse(false)).findFirst().orElseThrow();
        String name = map.occupant(batch2Seat).orElseThrow().getOccupantName();
        SeatingSeat j1 = seat(map, "J1");
        seating.move(map, batch2Seat, j1); // a manual move pins
        fixtures.swapBatches(2, 3);

        SeatingMap before = seating.map(conference).orElseThrow();
        assertThat(before.batchOf(j1)).contains(3);          // the map shows the batch of now
        assertThat(before.pinnedToReview(j1)).isTrue();      // "ghim — kiểm tra lại"
        assertThat(before.outOfOrder(j1)).isFalse();
        assertThat(before.stageOrder().changed()).isTrue();  // the unpinned seats of batches 2 and 3

        seating.autoAssign(conference);
        SeatingMap after = seating.map(conference).orElseThrow();
        SeatAssignment pinned = after.occupant(j1).orElseThrow();
        assertThat(pinned.getOccupantName()).isEqualTo(name);
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.getBatchNo()).isEqualTo(3);
        assertThat(after.batchOf(j1)).contains(3);
        assertThat(after.stageOrder().changed()).isFalse();
        assertThat(after.stageOrder().pinnedToReviewSeatIds()).isEmpty();
    }

    @Test
    void tooFewAwardeeSeatsIsRefusedAndNothingChanges() {
        fixtures.batches(10);
        Conference conference = fixtures.conference();
        SeatingMap map = seating.map(conference).orElseThrow();
        seating.paintZone(map, seat(map, "E19"), seat(map, "J20"), Zone.GENERAL);
        assertThatThrownBy(() -> seating.autoAssign(conference)).isInstanceOfSatisfying(UserMessageException.class,
                e -> {
                    assertThat(e.getMessageKey()).isEqualTo("seating.error.tooManyAwardees");
                    assertThat(e.getArguments()).containsExactly(139, 40);
                });
        assertThat(lookup.all(conference.getId())).isEmpty();
    }

    @Test
    void theDatabaseRefusesTwoPeopleOnOneSeat() {
        fixtures.batches(10);
        Conference conference = fixtures.conference();
        seating.autoAssign(conference);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            SeatAssignment taken = assignments.findAll().get(0);
            SeatingSeat seat = taken.getSeat();
            SeatAssignment other = new SeatAssignment(taken.getPlan(), seat, Occupant.Kind.AWARDEE, "Người thứ hai");
            assignments.saveAndFlush(other);
        })).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesOnePersonOnTwoSeats() {
        fixtures.batches(10);
        Conference conference = fixtures.conference();
        seating.autoAssign(conference);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            SeatAssignment taken = assignments.findAll().stream().filter(a -> a.getPerson() != null).findFirst()
                    .orElseThrow();
            SeatingSeat free = seats.findByPlan(taken.getPlan()).stream()
                    .filter(seat -> assignments.findBySeat(seat).isEmpty()).findFirst().orElseThrow();
            SeatAssignment twice = new SeatAssignment(taken.getPlan(), free, Occupant.Kind.GENERAL,
                    taken.getOccupantName());
            twice.setPerson(taken.getPerson());
            assignments.saveAndFlush(twice);
        })).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theServiceRefusesSeatingSomeoneTwiceOrOnATakenSeat() {
        fixtures.delegates();
        Conference conference = fixtures.conference();
        seating.autoAssign(conference);
        SeatingMap map = seating.map(conference).orElseThrow();
        Occupant director = map.occupant(seat(map, "A1")).orElseThrow().toOccupant();
        assertThatThrownBy(() -> seating.assign(map, seat(map, "K1"), director))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("seating.error.alreadySeated"));
        assertThatThrownBy(() -> seating.assign(map, seat(map, "A1"), seating.unseated(conference).isEmpty()
                ? director : seating.unseated(conference).get(0)))
                .isInstanceOf(UserMessageException.class);
    }

    @Test
    void theLookupFindsASeatByNameWithoutDiacriticsAndByPerson() {
        fixtures.delegates();
        Conference conference = fixtures.conference();
        seating.autoAssign(conference);
        List<SeatInfo> found = lookup.findByName(conference.getId(), "nguyen the hung");
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("A1");
            assertThat(s.rowLabel()).isEqualTo("A");
            assertThat(s.seatNumber()).isEqualTo(1);
            assertThat(s.sectionName()).isEqualTo("Khu 1");
        });
        assertThat(lookup.seatOf(conference.getId(), found.get(0).personId())).contains(found.get(0));
        assertThat(lookup.findByName(conference.getId(), "  ")).isEmpty();
    }

    @Test
    void aTemplateRebuildsTheSameHallWithItsZones() {
        Conference conference = fixtures.conference();
        SeatingPlan template = seating.templates().get(0);
        SeatingPlan plan = seating.createPlan(conference, seating.map(conference).orElseThrow().snapshot(), HallSetup.uniform("Phòng họp nhỏ", 1, 3, 5,
                SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, false, Side.LEFT));
        assertThat(seating.map(conference).orElseThrow().seats()).hasSize(15);
        seating.applyTemplate(conference, PlanSnapshot.of(plan), template);
        SeatingMap map = seating.map(conference).orElseThrow();
        assertThat(map.seats()).hasSize(240);
        assertThat(map.seats()).filteredOn(s -> s.getZone() == Zone.AWARDEE).hasSize(160);
        assertThat(map.plan().getId()).isNotEqualTo(plan.getId());
    }

    @Test
    void removingASeatedDelegateFreesTheSeat() {
        fixtures.delegates();
        Conference conference = fixtures.conference();
        seating.autoAssign(conference);
        SeatingMap map = seating.map(conference).orElseThrow();
        long delegateId = map.occupant(seat(map, "A5")).orElseThrow().toOccupant().refId();
        context.getBean(DelegateRepository.class).deleteById(delegateId);
        assertThat(lookup.findByName(conference.getId(), "Hoàng Minh Đức")).isEmpty();
        assertThat(seating.map(conference).orElseThrow().occupant(seat(map, "A5"))).isEmpty();
    }

    @Test
    void aStaleFreeIsRefusedAfterSomeoneElseSwappedTheSeatAndNothingChanges() {
        fixtures.batches(10);
        Conference conference = fixtures.conference();
        seating.autoAssign(conference);
        SeatingMap pageA = seating.map(conference).orElseThrow();
        SeatingMap pageB = seating.map(conference).orElseThrow();
        String x = pageA.occupant(seat(pageA, "C19")).orElseThrow().getOccupantName();
        String y = pageA.occupant(seat(pageA, "D19")).orElseThrow().getOccupantName();

        seating.move(pageB, seat(pageB, "C19"), seat(pageB, "D19")); // B swaps C19 and D19
        assertThatThrownBy(() -> seating.unassign(pageA, seat(pageA, "C19")))   // A frees "X" on C19
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("error.concurrent"));
        assertThatThrownBy(() -> seating.setPinned(pageA, seat(pageA, "C19"), false))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> seating.move(pageA, seat(pageA, "C19"), seat(pageA, "J1")))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> seating.paintZone(pageA, seat(pageA, "J1"), seat(pageA, "J2"), Zone.GENERAL))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> seating.setDelegateStartSide(pageA, Side.LEFT))
                .isInstanceOf(UserMessageException.class);

        SeatingMap now = seating.map(conference).orElseThrow();
        assertThat(now.occupant(seat(now, "C19")).orElseThrow().getOccupantName()).isEqualTo(y);
        assertThat(now.occupant(seat(now, "D19")).orElseThrow().getOccupantName()).isEqualTo(x);
        assertThat(now.occupant(seat(now, "J1"))).isEmpty();
        assertThat(seat(now, "J1").getZone()).isEqualTo(Zone.AWARDEE);
        assertThat(now.plan().getDelegateStartSide()).isEqualTo(Side.RIGHT);
        // with what the page shows now, the same free goes through
        seating.unassign(now, seat(now, "C19"));
        assertThat(seating.map(conference).orElseThrow().occupant(seat(now, "C19"))).isEmpty();
    }

    @Test
    void aPlanBuiltBySomeoneElseSinceThePageLoadedIsNotReplaced() {
        Conference conference = fixtures.conference();
        SeatingMap pageA = seating.map(conference).orElseThrow();
        seating.createPlan(conference, pageA.snapshot(), HallSetup.uniform("Sơ đồ của B", 1, 3, 5,
                SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, false, Side.LEFT));
        assertThatThrownBy(() -> seating.createPlan(conference, pageA.snapshot(), HallSetup.uniform("Sơ đồ của A",
                1, 4, 4, SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, false, Side.LEFT)))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("error.concurrent"));
        assertThatThrownBy(() -> seating.createPlan(conference, PlanSnapshot.NONE, HallSetup.uniform("Sơ đồ của A",
                1, 4, 4, SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, false, Side.LEFT)))
                .isInstanceOf(UserMessageException.class);
        assertThat(seating.map(conference).orElseThrow().plan().getName()).isEqualTo("Sơ đồ của B");
    }

    @Test
    void aPlanOrTemplateNameOverTwoHundredCharactersIsRefusedWithAMessage() {
        Conference conference = fixtures.conference();
        SeatingMap map = seating.map(conference).orElseThrow();
        String tooLong = "Hội trường ".repeat(19) + "lớn"; // 193 + ... > 200
        assertThat(tooLong.length()).isGreaterThan(200);
        assertThatThrownBy(() -> seating.createPlan(conference, map.snapshot(), HallSetup.uniform(tooLong, 1, 3, 5,
                SeatNumbering.LEFT_TO_RIGHT, StageSteps.LEFT, false, Side.LEFT)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("seating.error.planNameTooLong");
                    assertThat(e.getArguments()).containsExactly(200, tooLong.length());
                });
        assertThatThrownBy(() -> seating.saveAsTemplate(map.plan(), tooLong))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("seating.error.templateNameTooLong"));
        assertThat(seating.map(conference).orElseThrow().plan().getName()).isEqualTo(map.plan().getName());
        assertThat(seating.templates()).hasSize(1);
        String exactly = "x".repeat(200);
        seating.saveAsTemplate(map.plan(), exactly);
        assertThat(seating.templates()).extracting(SeatingPlan::getName).contains(exactly);
    }

    private static SeatingSeat seat(SeatingMap map, String label) {
        return map.seats().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }
}
