package vn.congan.ceremony.conference;

import java.util.OptionalInt;

/**
 * A feature that knows better than the organizer's guess how long an agenda item will
 * take: the stage order estimates the award presentation from its batches. Implement it
 * as a Spring bean; the agenda asks every estimator, takes the first answer, and falls
 * back to the item's own duration. Called inside a read-only transaction.
 */
public interface AgendaDurationEstimator {

    /** The expected minutes of {@code item}, or empty when this estimator has no opinion. */
    OptionalInt estimatedMinutes(AgendaItem item);
}
