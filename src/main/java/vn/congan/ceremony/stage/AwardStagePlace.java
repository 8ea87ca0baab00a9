package vn.congan.ceremony.stage;

/**
 * Where an award stands in the stage order: its batch's number in the ceremony (1-based), its
 * place in the batch (1-based), and the person who goes on stage for it (the individual, or a
 * collective's representative when one of the people was chosen; else null), as in
 * {@link StageEntry#personId()}.
 */
public record AwardStagePlace(long awardId, Long personId, int batch, int entry) {
}
