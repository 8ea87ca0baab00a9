package vn.congan.ceremony.stage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageOrderDropsTest {

    @Test
    void aBatchDroppedOnTheUpperHalfGoesBeforeTheTargetAndOnTheLowerHalfAfterIt() {
        // batches 0..5; batch 1 dragged down onto batch 4
        assertThat(StageOrderDrops.batchIndex(1, 4, false)).isEqualTo(3);
        assertThat(StageOrderDrops.batchIndex(1, 4, true)).isEqualTo(4);
        // batch 4 dragged up onto batch 1
        assertThat(StageOrderDrops.batchIndex(4, 1, false)).isEqualTo(1);
        assertThat(StageOrderDrops.batchIndex(4, 1, true)).isEqualTo(2);
        // to the very end and the very start
        assertThat(StageOrderDrops.batchIndex(0, 5, true)).isEqualTo(5);
        assertThat(StageOrderDrops.batchIndex(5, 0, false)).isZero();
    }

    @Test
    void aBatchDroppedOnItselfOrNextToItselfStaysWhereItIs() {
        assertThat(StageOrderDrops.batchIndex(2, 2, false)).isEqualTo(2);
        assertThat(StageOrderDrops.batchIndex(2, 2, true)).isEqualTo(2);
        // below the batch just above it, above the batch just below it
        assertThat(StageOrderDrops.batchIndex(2, 1, true)).isEqualTo(2);
        assertThat(StageOrderDrops.batchIndex(2, 3, false)).isEqualTo(2);
    }

    @Test
    void aRecipientFromAnotherBatchGoesAboveOrBelowTheRowOrLast() {
        // target batch of 5 rows
        assertThat(StageOrderDrops.entryPosition(null, 3, false, 5)).isEqualTo(3);
        assertThat(StageOrderDrops.entryPosition(null, 3, true, 5)).isEqualTo(4);
        assertThat(StageOrderDrops.entryPosition(null, 5, true, 5)).isEqualTo(6);
        assertThat(StageOrderDrops.entryPosition(null, 1, false, 5)).isEqualTo(1);
        assertThat(StageOrderDrops.entryPosition(null, null, false, 5)).isEqualTo(6);
    }

    @Test
    void aRecipientMovedWithinItsBatchCountsWithoutItsOwnPlace() {
        // the 2nd of 5 dropped below the 4th becomes the 4th; above the 4th, the 3rd
        assertThat(StageOrderDrops.entryPosition(2, 4, true, 5)).isEqualTo(4);
        assertThat(StageOrderDrops.entryPosition(2, 4, false, 5)).isEqualTo(3);
        // the 4th dropped above the 2nd becomes the 2nd; below the 1st, also the 2nd
        assertThat(StageOrderDrops.entryPosition(4, 2, false, 5)).isEqualTo(2);
        assertThat(StageOrderDrops.entryPosition(4, 1, true, 5)).isEqualTo(2);
        // onto itself, and on no row: it stays, or goes last
        assertThat(StageOrderDrops.entryPosition(3, 3, false, 5)).isEqualTo(3);
        assertThat(StageOrderDrops.entryPosition(3, 3, true, 5)).isEqualTo(3);
        assertThat(StageOrderDrops.entryPosition(3, null, false, 5)).isEqualTo(5);
    }
}
