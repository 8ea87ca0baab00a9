package vn.congan.ceremony.conference;

/**
 * A feature's share of the demo data (agenda, delegates, batches, seats, ...), added after
 * the core scenario inside the same transaction. Implementations are Spring beans.
 */
public interface DemoDataContributor {

    /** Contributors run in ascending order. */
    default int order() {
        return 100;
    }

    void contribute(Conference demoConference);

    /** The same for a given data set; a contributor whose share depends on the set's scale overrides it. */
    default void contribute(Conference demoConference, DemoDataSet set) {
        contribute(demoConference);
    }
}
