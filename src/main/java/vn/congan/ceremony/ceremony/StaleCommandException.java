package vn.congan.ceremony.ceremony;

import vn.congan.ceremony.common.UserMessageException;

/** A command made against a state that has changed since: refused, nothing applied. */
public class StaleCommandException extends UserMessageException {

    public StaleCommandException(long expected, long actual) {
        super("ceremony.error.stale", expected, actual);
    }
}
