package vn.congan.ceremony.stage.ui;

import vn.congan.ceremony.conference.Reordering;

/**
 * What a drop in the stage order editor means: plain arithmetic, apart from the view so
 * it can be tested on its own. A dragged batch goes before the batch it is dropped on
 * (upper half of the heading) or after it (lower half); a dragged recipient goes above or
 * below the row it is dropped on, or last when dropped on no row.
 */
final class StageOrderDrops {

    private StageOrderDrops() {
    }

    /**
     * The 0-based index {@code StageOrderService.moveBatch} takes for the batch at
     * {@code draggedIndex} dropped on the batch at {@code targetIndex}, before or
     * {@code below} (after) it. The dragged batch's own place closes up first, so a batch
     * dropped further down lands one index higher than the place it was dropped at.
     */
    static int batchIndex(int draggedIndex, int targetIndex, boolean below) {
        return Reordering.dropIndex(draggedIndex, targetIndex, below);
    }

    /**
     * The 1-based position {@code StageOrderService.move} takes for a recipient dropped into
     * a batch of {@code targetSize} rows: above or {@code below} the row at
     * {@code targetRowPosition} (1-based), or last when that is null (dropped on no row).
     * {@code draggedPosition} is the recipient's position when it is in that batch already
     * (its place closes up first), null when it comes from another batch.
     */
    static int entryPosition(Integer draggedPosition, Integer targetRowPosition, boolean below, int targetSize) {
        int before = targetRowPosition == null ? targetSize + 1 : below ? targetRowPosition + 1 : targetRowPosition;
        return draggedPosition != null && before > draggedPosition ? before - 1 : before;
    }
}
