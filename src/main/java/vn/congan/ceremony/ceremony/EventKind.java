package vn.congan.ceremony.ceremony;

/** What a step of the ceremony's log records; stored by name in {@code ceremony_event.kind}. */
public enum EventKind {
    /** Back to before the first step (a rehearsal starting over). */
    RESET,
    /** A tablet took control of the ceremony. */
    TAKE_CONTROL,
    /** The MC moved to the next step. */
    NEXT,
    /** The MC moved back one step. */
    BACK,
    /** A recipient's status was set (present, absent, received on behalf, on stage). */
    SET_STATUS,
    /** A recipient was checked in at the door. */
    CHECK_IN;

    /** The steps that move the ceremony along its programme. */
    public boolean isMove() {
        return this == NEXT || this == BACK;
    }
}
