package vn.congan.ceremony.seating;

/**
 * Someone who takes a seat. {@code key} identifies the human being ("person:12", or
 * "award:7" for a collective represented by a name only): one seat per key. Awardees carry
 * their stage order (batch position, entry position); others carry 0.
 */
public record Occupant(String key, Kind kind, long refId, String name, int batch, int entry) {

    public enum Kind {
        DELEGATE, AWARDEE, GENERAL
    }

    public static Occupant delegate(String key, long delegateId, String name) {
        return new Occupant(key, Kind.DELEGATE, delegateId, name, 0, 0);
    }

    public static Occupant awardee(String key, long awardId, String name, int batch, int entry) {
        return new Occupant(key, Kind.AWARDEE, awardId, name, batch, entry);
    }

    public static Occupant general(String key, long attendeeId, String name) {
        return new Occupant(key, Kind.GENERAL, attendeeId, name, 0, 0);
    }
}
