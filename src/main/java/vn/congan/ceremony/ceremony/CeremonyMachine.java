package vn.congan.ceremony.ceremony;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.VietText;

/**
 * The rules of the live ceremony, without storage or screens: which commands apply to a
 * state and what they change.
 *
 * <ul>
 * <li>Every command must name the current version, or it is refused ({@link StaleCommandException}).</li>
 * <li>Next and Back come from the controlling device only; the first device to advance becomes it.</li>
 * <li>Entering a batch calls its recipients; leaving it forwards marks them received; going back
 * undoes both. Absent recipients and those received on behalf keep their status.</li>
 * </ul>
 */
public final class CeremonyMachine {

    /** What a command did: the new state, the awards whose status changed, and a log line. */
    public record Transition(CeremonyState state, Set<Long> changedAwards, EventKind kind, Long awardId, String detail) {
    }

    private final CeremonyPlan plan;

    public CeremonyMachine(CeremonyPlan plan) {
        this.plan = plan;
    }

    public Transition apply(CeremonyState state, CeremonyCommand command) {
        checkVersion(state, command);
        if (command instanceof CeremonyCommand.Next next) {
            return move(state, next.device(), +1);
        }
        if (command instanceof CeremonyCommand.Back back) {
            return move(state, back.device(), -1);
        }
        if (command instanceof CeremonyCommand.SetStatus set) {
            return setStatus(state, set);
        }
        if (command instanceof CeremonyCommand.CheckIn checkIn) {
            return checkIn(state, checkIn.awardId());
        }
        if (command instanceof CeremonyCommand.Reset) {
            Set<Long> changed = new HashSet<>();
            state.recipients().forEach((award, r) -> {
                if (!r.isInitial()) {
                    changed.add(award);
                }
            });
            CeremonyState after = new CeremonyState(state.version() + 1, null, false, null, Map.of());
            return new Transition(after, changed, EventKind.RESET, null, null);
        }
        if (command instanceof CeremonyCommand.TakeControl take) {
            CeremonyState after = new CeremonyState(state.version() + 1, state.current(), state.finished(),
                    take.device(), state.recipients());
            return new Transition(after, Set.of(), EventKind.TAKE_CONTROL, null, null);
        }
        throw new IllegalArgumentException("Unknown command " + command);
    }

    /**
     * Next, Back and the other commands about the whole ceremony must have been made on the
     * current version: a double tap, or two tablets at once, moves the ceremony once. A command
     * about one recipient (present, absent, on behalf, on stage) needs only to have seen that
     * recipient's latest change: the door is not refused because the MC pressed Next meanwhile.
     */
    private static void checkVersion(CeremonyState state, CeremonyCommand command) {
        long seen = command.expectedVersion();
        Long awardId = command instanceof CeremonyCommand.SetStatus set ? Long.valueOf(set.awardId())
                : command instanceof CeremonyCommand.CheckIn checkIn ? Long.valueOf(checkIn.awardId()) : null;
        boolean valid = awardId == null ? seen == state.version()
                : seen <= state.version() && seen >= state.recipient(awardId).changedAt();
        if (!valid) {
            throw new StaleCommandException(seen, state.version());
        }
    }

    private Transition move(CeremonyState state, String device, int direction) {
        if (state.controller() != null && !state.controller().equals(device)) {
            throw new NotInControlException();
        }
        List<Step> steps = plan.steps();
        // The organizer may have removed the current batch meanwhile (merged, split): carry on
        // from the nearest step that survived, never from the top.
        Step leaving = plan.resolve(state.current(), state.recipients());
        int index = state.finished() ? steps.size() : leaving == null ? -1 : plan.indexOf(leaving);
        if (state.current() != null && leaving == null) {
            throw new UserMessageException("ceremony.error.stepGone");
        }
        int target = index + direction;
        if (target < -1 || target > steps.size() || (direction > 0 && index == steps.size())) {
            throw new UserMessageException(direction > 0 ? "ceremony.error.atEnd" : "ceremony.error.atStart");
        }
        Map<Long, RecipientState> recipients = new HashMap<>(state.recipients());
        Step entering = target >= 0 && target < steps.size() ? steps.get(target) : null;
        Set<Long> changed = new HashSet<>();
        if (leaving != null && leaving.isBatch()) {
            for (Long award : plan.awardsOf(leaving.batchId())) {
                RecipientState r = recipients.getOrDefault(award, RecipientState.INITIAL);
                RecipientStatus s = r.status();
                if (s == RecipientStatus.CHECKED_IN && direction > 0) {
                    // Checked in while the batch was on stage: went up with it.
                    recipients.put(award, r.withStatus(RecipientStatus.RECEIVED).changedAt(state.version() + 1));
                    changed.add(award);
                } else if (s == RecipientStatus.CALLED || s == RecipientStatus.ON_STAGE) {
                    recipients.put(award, r.withStatus(direction > 0 ? RecipientStatus.RECEIVED : r.notYetCalled())
                            .changedAt(state.version() + 1));
                    changed.add(award);
                }
            }
        }
        if (entering != null && entering.isBatch()) {
            for (Long award : plan.awardsOf(entering.batchId())) {
                RecipientState r = recipients.getOrDefault(award, RecipientState.INITIAL);
                RecipientStatus s = r.status();
                boolean call = direction > 0
                        ? s == RecipientStatus.WAITING || s == RecipientStatus.CHECKED_IN
                        : s == RecipientStatus.RECEIVED;
                if (call) {
                    recipients.put(award, r.withStatus(RecipientStatus.CALLED).changedAt(state.version() + 1));
                    changed.add(award);
                }
            }
        }
        boolean finished = target == steps.size();
        CeremonyState after = new CeremonyState(state.version() + 1, entering, finished, device, recipients);
        return new Transition(after, changed, direction > 0 ? EventKind.NEXT : EventKind.BACK, null, null);
    }

    private Transition setStatus(CeremonyState state, CeremonyCommand.SetStatus set) {
        requireOnStagePlan(set.awardId());
        String onBehalf = VietText.cleanToNull(set.onBehalfOf());
        if (set.status() == RecipientStatus.RECEIVED_ON_BEHALF && onBehalf == null) {
            throw new UserMessageException("ceremony.error.onBehalfRequired");
        }
        RecipientState before = state.recipient(set.awardId());
        boolean checkedIn = switch (set.status()) {
            case CHECKED_IN, CALLED, ON_STAGE, RECEIVED -> true;
            case ABSENT, RECEIVED_ON_BEHALF -> false;
            case WAITING -> false;
        };
        RecipientState after = new RecipientState(set.status(), checkedIn, onBehalf);
        return withRecipient(state, set.awardId(), after, EventKind.SET_STATUS,
                before.status() + " -> " + set.status() + (onBehalf == null ? "" : " (" + onBehalf + ")"));
    }

    private Transition checkIn(CeremonyState state, long awardId) {
        requireOnStagePlan(awardId);
        RecipientState before = state.recipient(awardId);
        boolean arriving = before.status() == RecipientStatus.WAITING || before.status() == RecipientStatus.ABSENT
                || before.status() == RecipientStatus.CHECKED_IN;
        // Someone who arrives while their batch is on stage is called up with it (and then
        // counts as received when the batch leaves), not left behind as merely checked in.
        RecipientStatus status = !arriving ? before.status()
                : onStageNow(state, awardId) ? RecipientStatus.CALLED : RecipientStatus.CHECKED_IN;
        return withRecipient(state, awardId, new RecipientState(status, true, before.onBehalfOf()), EventKind.CHECK_IN, null);
    }

    private boolean onStageNow(CeremonyState state, long awardId) {
        if (state.finished()) {
            return false;
        }
        Step current = plan.resolve(state.current(), state.recipients());
        return current != null && current.isBatch() && plan.awardsOf(current.batchId()).contains(awardId);
    }

    private Transition withRecipient(CeremonyState state, long awardId, RecipientState recipient, EventKind kind,
            String detail) {
        Map<Long, RecipientState> recipients = new HashMap<>(state.recipients());
        recipients.put(awardId, recipient.changedAt(state.version() + 1));
        CeremonyState after = new CeremonyState(state.version() + 1, state.current(), state.finished(),
                state.controller(), recipients);
        return new Transition(after, Set.of(awardId), kind, awardId, detail);
    }

    private void requireOnStagePlan(long awardId) {
        if (!plan.allAwards().contains(awardId)) {
            throw new UserMessageException("ceremony.error.notInBatch");
        }
    }
}
