package vn.congan.ceremony.stage;

/**
 * Published by every edit of the stage order (batches, their people, presenters, representatives,
 * settings); delivered after the edit commits. The live ceremony listens to it, so an organizer's
 * correction reaches the MC, the projector and backstage at once, not only at the next step.
 */
public enum StageOrderChanged {
    INSTANCE
}
