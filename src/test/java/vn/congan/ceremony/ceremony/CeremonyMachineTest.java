package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.UserMessageException;

class CeremonyMachineTest {

    // Agenda: 1 opening, 2 awards (batches 10: awards 100,101; 11: award 102), 3 closing.
    private static final Step OPENING = new Step(1, null);
    private static final Step BATCH_10 = new Step(2, 10L);
    private static final Step BATCH_11 = new Step(2, 11L);
    private static final Step CLOSING = new Step(3, null);
    private static final String MC = "tablet-1";

    private final CeremonyMachine machine = new CeremonyMachine(plan());

    private static CeremonyPlan plan() {
        Map<Long, List<Long>> batches = new LinkedHashMap<>();
        batches.put(10L, List.of(100L, 101L));
        batches.put(11L, List.of(102L));
        return new CeremonyPlan(List.of(OPENING, BATCH_10, BATCH_11, CLOSING), batches);
    }

    private CeremonyState next(CeremonyState state) {
        return machine.apply(state, new CeremonyCommand.Next(state.version(), MC)).state();
    }

    private CeremonyState back(CeremonyState state) {
        return machine.apply(state, new CeremonyCommand.Back(state.version(), MC)).state();
    }

    @Test
    void nextWalksThroughItemsAndBatchesAndEachCommandRaisesTheVersionByOne() {
        CeremonyState s = CeremonyState.notStarted();
        assertThat(s.started()).isFalse();
        s = next(s);
        assertThat(s.current()).isEqualTo(OPENING);
        assertThat(s.version()).isEqualTo(1);
        s = next(s);
        assertThat(s.current()).isEqualTo(BATCH_10);
        s = next(s);
        assertThat(s.current()).isEqualTo(BATCH_11);
        s = next(s);
        assertThat(s.current()).isEqualTo(CLOSING);
        s = next(s);
        assertThat(s.current()).isNull();
        assertThat(s.finished()).isTrue();
        assertThat(s.version()).isEqualTo(5);
        CeremonyState end = s;
        assertThatThrownBy(() -> next(end)).isInstanceOf(UserMessageException.class)
                .hasMessageContaining("ceremony.error.atEnd");
        assertThat(back(end).current()).isEqualTo(CLOSING);
    }

    @Test
    void enteringABatchCallsItsRecipientsAndLeavingItMarksThemReceived() {
        CeremonyState s = next(next(CeremonyState.notStarted()));
        assertThat(s.recipient(100).status()).isEqualTo(RecipientStatus.CALLED);
        assertThat(s.recipient(101).status()).isEqualTo(RecipientStatus.CALLED);
        assertThat(s.recipient(102).status()).isEqualTo(RecipientStatus.WAITING);
        s = next(s);
        assertThat(s.recipient(100).status()).isEqualTo(RecipientStatus.RECEIVED);
        assertThat(s.recipient(102).status()).isEqualTo(RecipientStatus.CALLED);
    }

    @Test
    void resetAfterARehearsalGoesBackBeforeTheFirstStepWithEveryoneWaitingAndNoController() {
        CeremonyState s = CeremonyState.notStarted();
        s = machine.apply(s, new CeremonyCommand.CheckIn(s.version(), "door", 102)).state();
        s = next(next(next(s)));
        CeremonyMachine.Transition reset = machine.apply(s, new CeremonyCommand.Reset(s.version(), "office"));
        CeremonyState after = reset.state();
        assertThat(reset.kind()).isEqualTo(EventKind.RESET);
        assertThat(after.version()).isEqualTo(s.version() + 1);
        assertThat(after.current()).isNull();
        assertThat(after.finished()).isFalse();
        assertThat(after.controller()).isNull();
        assertThat(after.recipient(100).status()).isEqualTo(RecipientStatus.WAITING);
        assertThat(after.recipient(102).checkedIn()).isFalse();
        assertThat(reset.changedAwards()).containsExactlyInAnyOrder(100L, 101L, 102L);
        // A command made before the reset is stale afterwards.
        CeremonyState old = s;
        assertThatThrownBy(() -> machine.apply(after, new CeremonyCommand.Next(old.version(), MC)))
                .isInstanceOf(StaleCommandException.class);
        assertThat(next(after).current()).isEqualTo(OPENING);
    }

    @Test
    void aRecipientCommandMadeBeforeTheMcsNextStillAppliesWhenThatRecipientDidNotChange() {
        CeremonyState seenAtTheDoor = next(CeremonyState.notStarted());
        // the MC moves on meanwhile, into the first batch; recipient 102 is in the second and stays untouched
        CeremonyState now = next(seenAtTheDoor);
        assertThat(now.version()).isGreaterThan(seenAtTheDoor.version());
        CeremonyState after = machine.apply(now,
                new CeremonyCommand.CheckIn(seenAtTheDoor.version(), "door", 102)).state();
        assertThat(after.recipient(102).checkedIn()).isTrue();
        assertThat(after.recipient(102).changedAt()).isEqualTo(now.version() + 1);

        // recipient 100 was called up by that Next: the door's old screen is stale for it
        assertThatThrownBy(() -> machine.apply(now, new CeremonyCommand.SetStatus(seenAtTheDoor.version(), "door",
                100, RecipientStatus.ABSENT, null))).isInstanceOf(StaleCommandException.class);
        // and the same tap repeated after it applied is stale too (double tap)
        assertThatThrownBy(() -> machine.apply(after, new CeremonyCommand.SetStatus(seenAtTheDoor.version(),
                "door", 102, RecipientStatus.ABSENT, null))).isInstanceOf(StaleCommandException.class);
        // Next keeps the whole ceremony's version: made on an older screen, it is refused
        assertThatThrownBy(() -> machine.apply(now, new CeremonyCommand.Next(seenAtTheDoor.version(), MC)))
                .isInstanceOf(StaleCommandException.class);
        // a version from the future is no version at all
        assertThatThrownBy(() -> machine.apply(now, new CeremonyCommand.CheckIn(now.version() + 5, "door", 102)))
                .isInstanceOf(StaleCommandException.class);
    }

    @Test
    void backUndoesTheCallAndReopensThePreviousBatch() {
        CeremonyState s = CeremonyState.notStarted();
        s = machine.apply(s, new CeremonyCommand.CheckIn(s.version(), "door", 102)).state();
        s = next(next(next(s)));
        assertThat(s.current()).isEqualTo(BATCH_11);
        s = back(s);
        assertThat(s.current()).isEqualTo(BATCH_10);
        assertThat(s.recipient(102).status()).isEqualTo(RecipientStatus.CHECKED_IN);
        assertThat(s.recipient(100).status()).isEqualTo(RecipientStatus.CALLED);
        s = back(back(s));
        assertThat(s.started()).isFalse();
        assertThat(s.recipient(100).status()).isEqualTo(RecipientStatus.WAITING);
        CeremonyState start = s;
        assertThatThrownBy(() -> back(start)).hasMessageContaining("ceremony.error.atStart");
    }

    @Test
    void absentAndOnBehalfRecipientsKeepTheirStatusWhenTheirBatchIsCalled() {
        CeremonyState s = CeremonyState.notStarted();
        s = machine.apply(s, new CeremonyCommand.SetStatus(s.version(), "backstage", 100, RecipientStatus.ABSENT, null))
                .state();
        s = machine.apply(s, new CeremonyCommand.SetStatus(s.version(), "backstage", 101,
                RecipientStatus.RECEIVED_ON_BEHALF, "  Đại úy   Trần Văn Bình ")).state();
        s = next(next(s));
        assertThat(s.recipient(100).status()).isEqualTo(RecipientStatus.ABSENT);
        assertThat(s.recipient(101).status()).isEqualTo(RecipientStatus.RECEIVED_ON_BEHALF);
        assertThat(s.recipient(101).onBehalfOf()).isEqualTo("Đại úy Trần Văn Bình");
        s = next(s);
        assertThat(s.recipient(100).status()).isEqualTo(RecipientStatus.ABSENT);
    }

    @Test
    void receivedOnBehalfNeedsTheNameOfWhoReceives() {
        CeremonyState s = CeremonyState.notStarted();
        assertThatThrownBy(() -> machine.apply(s,
                new CeremonyCommand.SetStatus(0, "backstage", 100, RecipientStatus.RECEIVED_ON_BEHALF, " ")))
                .hasMessageContaining("ceremony.error.onBehalfRequired");
    }

    @Test
    void checkInTurnsAnAbsentRecipientPresentAgain() {
        CeremonyState s = CeremonyState.notStarted();
        s = machine.apply(s, new CeremonyCommand.SetStatus(0, "backstage", 100, RecipientStatus.ABSENT, null)).state();
        s = machine.apply(s, new CeremonyCommand.CheckIn(1, "door", 100)).state();
        assertThat(s.recipient(100)).isEqualTo(new RecipientState(RecipientStatus.CHECKED_IN, true, null, 2));
    }

    @Test
    void anAwardOutsideEveryBatchCannotBeMarked() {
        assertThatThrownBy(() -> machine.apply(CeremonyState.notStarted(), new CeremonyCommand.CheckIn(0, "door", 999)))
                .hasMessageContaining("ceremony.error.notInBatch");
    }

    @Test
    void aDoubleTapOnNextAdvancesOnce() {
        CeremonyState s = next(CeremonyState.notStarted());
        long seen = s.version();
        CeremonyState afterFirst = machine.apply(s, new CeremonyCommand.Next(seen, MC)).state();
        assertThat(afterFirst.current()).isEqualTo(BATCH_10);
        assertThatThrownBy(() -> machine.apply(afterFirst, new CeremonyCommand.Next(seen, MC)))
                .isInstanceOf(StaleCommandException.class);
        assertThat(afterFirst.current()).isEqualTo(BATCH_10);
    }

    @Test
    void everyKindOfCommandMadeAgainstAnOldVersionIsRefused() {
        CeremonyState s = next(next(CeremonyState.notStarted()));
        List<CeremonyCommand> stale = List.of(new CeremonyCommand.Next(1, MC), new CeremonyCommand.Back(1, MC),
                new CeremonyCommand.SetStatus(1, MC, 100, RecipientStatus.ABSENT, null),
                new CeremonyCommand.CheckIn(1, MC, 100), new CeremonyCommand.TakeControl(1, "tablet-2"),
                new CeremonyCommand.Next(3, MC));
        for (CeremonyCommand command : stale) {
            assertThatThrownBy(() -> machine.apply(s, command)).isInstanceOf(StaleCommandException.class);
        }
    }

    @Test
    void onlyTheControllingDeviceAdvancesUntilAnotherTakesOver() {
        CeremonyState s = next(CeremonyState.notStarted());
        assertThat(s.controller()).isEqualTo(MC);
        CeremonyState controlled = s;
        assertThatThrownBy(() -> machine.apply(controlled, new CeremonyCommand.Next(controlled.version(), "tablet-2")))
                .isInstanceOf(NotInControlException.class);
        s = machine.apply(s, new CeremonyCommand.TakeControl(s.version(), "tablet-2")).state();
        assertThat(s.controller()).isEqualTo("tablet-2");
        s = machine.apply(s, new CeremonyCommand.Next(s.version(), "tablet-2")).state();
        assertThat(s.current()).isEqualTo(BATCH_10);
        CeremonyState taken = s;
        assertThatThrownBy(() -> machine.apply(taken, new CeremonyCommand.Back(taken.version(), MC)))
                .isInstanceOf(NotInControlException.class);
    }

    @Test
    void aBatchMergedIntoThePreviousOneMidCeremonyKeepsThePositionAndFinishesTheCall() {
        // On stage: batch 11 (award 102). The organizer merges it into batch 10.
        CeremonyState s = next(next(next(CeremonyState.notStarted())));
        assertThat(s.current()).isEqualTo(BATCH_11);
        CeremonyMachine merged = new CeremonyMachine(new CeremonyPlan(List.of(OPENING, BATCH_10, CLOSING),
                Map.of(10L, List.of(100L, 101L, 102L))));
        CeremonyState after = merged.apply(s, new CeremonyCommand.Next(s.version(), MC)).state();
        assertThat(after.current()).isEqualTo(CLOSING);
        assertThat(after.recipient(102).status()).isEqualTo(RecipientStatus.RECEIVED);
        assertThat(after.recipient(100).status()).isEqualTo(RecipientStatus.RECEIVED);
        // Back from the same state is not refused: it leaves the merged batch backwards.
        CeremonyState back = merged.apply(s, new CeremonyCommand.Back(s.version(), MC)).state();
        assertThat(back.current()).isEqualTo(OPENING);
        assertThat(back.recipient(102).status()).isEqualTo(RecipientStatus.WAITING);
    }

    @Test
    void aRemovedStepWithoutCalledRecipientsStaysInItsAgendaItem() {
        // Batch 11 was on stage with its only recipient absent, then removed from the plan.
        Map<Long, RecipientState> recipients = Map.of(100L, new RecipientState(RecipientStatus.RECEIVED, false, null),
                101L, new RecipientState(RecipientStatus.RECEIVED, false, null),
                102L, new RecipientState(RecipientStatus.ABSENT, false, null));
        CeremonyState s = new CeremonyState(7, new Step(2, 11L), false, MC, recipients);
        CeremonyMachine removed = new CeremonyMachine(new CeremonyPlan(List.of(OPENING, BATCH_10, CLOSING),
                Map.of(10L, List.of(100L, 101L))));
        assertThat(removed.apply(s, new CeremonyCommand.Next(7, MC)).state().current()).isEqualTo(CLOSING);
        // A whole item removed: the last batch anyone received in.
        CeremonyState gone = new CeremonyState(7, new Step(99, null), false, MC, recipients);
        assertThat(removed.apply(gone, new CeremonyCommand.Next(7, MC)).state().current()).isEqualTo(CLOSING);
        assertThat(machine.apply(gone, new CeremonyCommand.Next(7, MC)).state().current()).isEqualTo(BATCH_11);
    }

    @Test
    void someoneCheckedInWhileTheirBatchIsOnStageEndsAsReceivedWhenItLeaves() {
        CeremonyState s = CeremonyState.notStarted();
        s = machine.apply(s, new CeremonyCommand.SetStatus(s.version(), "backstage", 101, RecipientStatus.ABSENT, null))
                .state();
        s = next(next(s));
        assertThat(s.recipient(101).status()).isEqualTo(RecipientStatus.ABSENT);
        s = machine.apply(s, new CeremonyCommand.CheckIn(s.version(), "door", 101)).state();
        assertThat(s.recipient(101).status()).isEqualTo(RecipientStatus.CALLED);
        // A recipient of a later batch is only checked in.
        s = machine.apply(s, new CeremonyCommand.CheckIn(s.version(), "door", 102)).state();
        assertThat(s.recipient(102).status()).isEqualTo(RecipientStatus.CHECKED_IN);
        // Marked checked in by hand while on stage: received as well.
        s = machine.apply(s, new CeremonyCommand.SetStatus(s.version(), "backstage", 100, RecipientStatus.CHECKED_IN,
                null)).state();
        s = next(s);
        assertThat(s.recipient(101).status()).isEqualTo(RecipientStatus.RECEIVED);
        assertThat(s.recipient(100).status()).isEqualTo(RecipientStatus.RECEIVED);
        assertThat(s.recipient(102).status()).isEqualTo(RecipientStatus.CALLED);
    }
}
