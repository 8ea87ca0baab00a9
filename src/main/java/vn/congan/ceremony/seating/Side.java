package vn.congan.ceremony.seating;

/** Left or right, always as seen by someone seated facing the stage. */
public enum Side {
    LEFT, RIGHT
}
