package vn.congan.ceremony.ceremony;

/**
 * One recipient's live state: the status, whether the door checked them in, and who
 * receives on their behalf (only with {@link RecipientStatus#RECEIVED_ON_BEHALF}).
 * {@code changedAt} is the ceremony version at which this recipient last changed: a command
 * about this recipient made on a screen that had seen that version is still valid, however many
 * other changes (the MC's Next, another recipient) came since.
 */
public record RecipientState(RecipientStatus status, boolean checkedIn, String onBehalfOf, long changedAt) {

    public static final RecipientState INITIAL = new RecipientState(RecipientStatus.WAITING, false, null, 0);

    public RecipientState {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        if (status != RecipientStatus.RECEIVED_ON_BEHALF) {
            onBehalfOf = null;
        }
    }

    /** A state not yet changed by any command. */
    public RecipientState(RecipientStatus status, boolean checkedIn, String onBehalfOf) {
        this(status, checkedIn, onBehalfOf, 0);
    }

    /** Waiting, not checked in, nobody on their behalf: as before the ceremony (whatever happened since). */
    public boolean isInitial() {
        return status == RecipientStatus.WAITING && !checkedIn && onBehalfOf == null;
    }

    /** The status before being called: checked in or still waiting. */
    RecipientStatus notYetCalled() {
        return checkedIn ? RecipientStatus.CHECKED_IN : RecipientStatus.WAITING;
    }

    RecipientState withStatus(RecipientStatus newStatus) {
        return new RecipientState(newStatus, checkedIn, onBehalfOf, changedAt);
    }

    /** The same state, changed at ceremony version {@code version}. */
    RecipientState changedAt(long version) {
        return new RecipientState(status, checkedIn, onBehalfOf, version);
    }
}
