package vn.congan.ceremony.ceremony;

/** A listener's place in the {@link CeremonyBroadcaster}; removing it stops the deliveries (on detach). */
@FunctionalInterface
public interface Subscription {

    void remove();
}
