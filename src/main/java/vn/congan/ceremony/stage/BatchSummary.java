package vn.congan.ceremony.stage;

/**
 * A batch with recipients as a list names it ("Đợt 3 - Giấy khen ... (10)"): its number in the
 * ceremony, its award form and how many recipients it takes on stage; the part of
 * {@link StageBatch} that a choice of batches needs.
 */
public record BatchSummary(long id, int number, String formName, long entries) {
}
