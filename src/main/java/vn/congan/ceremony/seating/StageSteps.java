package vn.congan.ceremony.seating;

/** Where the steps up to the stage are, seen from the seats facing the stage. */
public enum StageSteps {
    LEFT, RIGHT, BOTH
}
