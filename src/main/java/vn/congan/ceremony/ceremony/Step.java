package vn.congan.ceremony.ceremony;

/**
 * One stop of the ceremony as the MC advances it: an agenda item, or, inside the award
 * presentation, one batch of that item.
 */
public record Step(long agendaItemId, Long batchId) {

    public boolean isBatch() {
        return batchId != null;
    }
}
