package vn.congan.ceremony.seating;

/**
 * The conference's plan as a page read it: its id and version, or none. Every change carries it;
 * the service refuses the change ("error.concurrent") when the plan changed since.
 */
public record PlanSnapshot(Long planId, long version) {

    /** The page saw no plan. */
    public static final PlanSnapshot NONE = new PlanSnapshot(null, 0);

    public static PlanSnapshot of(SeatingPlan plan) {
        return new PlanSnapshot(plan.getId(), plan.getVersion());
    }
}
