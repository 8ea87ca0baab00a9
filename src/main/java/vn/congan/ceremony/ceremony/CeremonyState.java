package vn.congan.ceremony.ceremony;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The live state of a ceremony: where it is, who controls it, each recipient's status,
 * and a version that grows by one with every applied command.
 *
 * @param current    the current step; {@code null} before the start and after the end
 * @param finished   true once the MC advanced past the last step
 * @param controller the device that advances the ceremony; {@code null} until one does
 */
public record CeremonyState(long version, Step current, boolean finished, String controller,
        Map<Long, RecipientState> recipients) {

    public CeremonyState {
        recipients = Collections.unmodifiableMap(new HashMap<>(recipients));
    }

    public static CeremonyState notStarted() {
        return new CeremonyState(0, null, false, null, Map.of());
    }

    public boolean started() {
        return current != null || finished;
    }

    public RecipientState recipient(long awardId) {
        return recipients.getOrDefault(awardId, RecipientState.INITIAL);
    }
}
