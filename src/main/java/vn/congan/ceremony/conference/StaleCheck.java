package vn.congan.ceremony.conference;

import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.jpa.AbstractEntity;

/** Refuses to save what the user edited when someone else saved the same row meanwhile. */
final class StaleCheck {

    private StaleCheck() {
    }

    /** Throws {@code error.concurrent} when {@code edited} was loaded before the last save of {@code current}. */
    static void requireSameVersion(AbstractEntity current, AbstractEntity edited) {
        if (current.getVersion() != edited.getVersion()) {
            throw new UserMessageException("error.concurrent");
        }
    }
}
