package vn.congan.ceremony.ceremony;

import vn.congan.ceremony.common.UserMessageException;

/** Another device controls the ceremony; this one must take over first. */
public class NotInControlException extends UserMessageException {

    public NotInControlException() {
        super("ceremony.error.notInControl");
    }
}
