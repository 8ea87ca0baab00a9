package vn.congan.ceremony.award.importer;

/** What a commit added to the decision and to the portal. */
public record ImportResult(int collectives, int individuals, int newUnits, int newPeople, int skipped) {

    public int added() {
        return collectives + individuals;
    }
}
