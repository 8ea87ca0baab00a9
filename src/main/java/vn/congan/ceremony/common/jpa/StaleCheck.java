package vn.congan.ceremony.common.jpa;

import vn.congan.ceremony.common.UserMessageException;

/**
 * The one check that refuses to save what a user edited when someone else saved the same row
 * meanwhile: every service compares the version the page showed with the row's version now and
 * refuses with {@code error.concurrent} ("Dữ liệu vừa được người khác thay đổi ...").
 */
public final class StaleCheck {

    private StaleCheck() {
    }

    /** Throws {@code error.concurrent} when {@code seenVersion} is not the version of {@code current}. */
    public static void requireVersion(AbstractEntity current, long seenVersion) {
        if (current.getVersion() != seenVersion) {
            throw new UserMessageException("error.concurrent");
        }
    }

    /** Throws {@code error.concurrent} when {@code edited} was loaded before the last save of {@code current}. */
    public static void requireSameVersion(AbstractEntity current, AbstractEntity edited) {
        requireVersion(current, edited.getVersion());
    }
}
