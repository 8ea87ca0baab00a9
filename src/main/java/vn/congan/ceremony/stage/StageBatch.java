package vn.congan.ceremony.stage;

import java.util.List;

/**
 * A presentation batch as read by the editor, the MC script, certificates, seating and the
 * live ceremony: its number in the ceremony (1-based), form, presenter and recipients.
 */
public record StageBatch(long id, long version, int number, long formId, String formName, Long presenterId,
        String presenterRankAndName, String presenterAddressWithTitle, String onAuthorityOf, boolean locked,
        boolean manuallyEdited, Long agendaItemId, List<StageEntry> entries) {

    public StageBatch {
        entries = List.copyOf(entries);
    }

    public int size() {
        return entries.size();
    }

    public boolean hasCollectives() {
        return entries.stream().anyMatch(StageEntry::collective);
    }

    public boolean hasIndividuals() {
        return entries.stream().anyMatch(e -> !e.collective());
    }
}
