package vn.congan.ceremony.seating;

/** What building a new plan would discard: the current plan, its seats, and who sits in them. */
public record PlanReplacement(String planName, int seats, int seated, int pinned) {
}
