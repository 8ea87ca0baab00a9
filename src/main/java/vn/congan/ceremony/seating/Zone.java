package vn.congan.ceremony.seating;

/** Who a seat is kept for. */
public enum Zone {
    DELEGATE, AWARDEE, GENERAL
}
