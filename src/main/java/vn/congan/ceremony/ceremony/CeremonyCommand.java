package vn.congan.ceremony.ceremony;

/**
 * What a device asks of the ceremony. Every command names the state version it was made
 * against; a command made against an older version is refused, so a double tap on Next,
 * or two devices pressing at once, advances the ceremony once.
 */
public sealed interface CeremonyCommand {

    long expectedVersion();

    /** The device (browser session) that made the command. */
    String device();

    /** Advance to the next step (the MC's big button). */
    record Next(long expectedVersion, String device) implements CeremonyCommand {
    }

    /** Go back one step. */
    record Back(long expectedVersion, String device) implements CeremonyCommand {
    }

    /** Set one recipient's status (backstage: absent, received on behalf of {@code onBehalfOf}, ...). */
    record SetStatus(long expectedVersion, String device, long awardId, RecipientStatus status, String onBehalfOf)
            implements CeremonyCommand {
    }

    /**
     * Back to the very beginning after a rehearsal: no current step, every recipient waiting,
     * no controlling device. The event log is kept.
     */
    record Reset(long expectedVersion, String device) implements CeremonyCommand {
    }

    /** The door checks a recipient in. */
    record CheckIn(long expectedVersion, String device, long awardId) implements CeremonyCommand {
    }

    /** This device becomes the one that advances the ceremony. */
    record TakeControl(long expectedVersion, String device) implements CeremonyCommand {
    }
}
