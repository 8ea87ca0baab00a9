package vn.congan.ceremony.common;

/**
 * Something the live ceremony pages show has changed and committed (see
 * {@link vn.congan.ceremony.common.jpa.ShownLive}). Raised once per transaction, after its commit.
 */
public enum ProgrammeChanged {
    INSTANCE
}
