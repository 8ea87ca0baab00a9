package vn.congan.ceremony.common.jpa;

import vn.congan.ceremony.common.UserMessageException;

/**
 * The one stale-version check: refuses to save what the user edited when someone else saved
 * the same row meanwhile ({@code error.concurrent}: "Dữ liệu vừa được người khác thay đổi ...").
 */
public final class StaleCheck {

    private StaleCheck() {
    }

    /** Throws {@code error.concurrent} when {@code edited} was loaded before the last save of {@code current}. */
    public static void requireSameVersion(AbstractEntity current, AbstractEntity edited) {
        requireVersion(current, edited.getVersion());
    }

    /** Throws {@code error.concurrent} when {@code current} is no longer at the version the user saw. */
    public static void requireVersion(AbstractEntity current, long seenVersion) {
        if (current.getVersion() != seenVersion) {
            throw new UserMessageException("error.concurrent");
        }
    }
}
