package vn.congan.ceremony.ceremony;

/**
 * One recipient's live state: the status, whether the door checked them in, and who
 * receives on their behalf (only with {@link RecipientStatus#RECEIVED_ON_BEHALF}).
 */
public record RecipientState(RecipientStatus status, boolean checkedIn, String onBehalfOf) {

    public static final RecipientState INITIAL = new RecipientState(RecipientStatus.WAITING, false, null);

    public RecipientState {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        if (status != RecipientStatus.RECEIVED_ON_BEHALF) {
            onBehalfOf = null;
        }
    }

    /** The status before being called: checked in or still waiting. */
    RecipientStatus notYetCalled() {
        return checkedIn ? RecipientStatus.CHECKED_IN : RecipientStatus.WAITING;
    }

    RecipientState withStatus(RecipientStatus newStatus) {
        return new RecipientState(newStatus, checkedIn, onBehalfOf);
    }
}
