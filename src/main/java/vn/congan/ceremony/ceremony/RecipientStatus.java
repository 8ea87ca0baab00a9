package vn.congan.ceremony.ceremony;

/** Where one recipient stands on the day, from the door to the handshake on stage. */
public enum RecipientStatus {
    WAITING,
    CHECKED_IN,
    CALLED,
    ON_STAGE,
    RECEIVED,
    ABSENT,
    RECEIVED_ON_BEHALF;

    /** Absent or taken by someone else: the MC reads the name differently. */
    public boolean isAway() {
        return this == ABSENT || this == RECEIVED_ON_BEHALF;
    }
}
