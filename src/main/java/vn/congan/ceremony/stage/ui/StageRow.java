package vn.congan.ceremony.stage.ui;

import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageEntry;

/**
 * One row of the stage order grid: a batch's heading ({@code entry} null) or one of its
 * recipients. The editor shows the whole stage order as one flat list of these, so the grid
 * renders only the rows on screen.
 *
 * @param index the batch's 0-based place in the ceremony
 * @param last whether the batch is the ceremony's last
 */
record StageRow(StageBatch batch, StageEntry entry, int index, boolean last) {

    /** The rows of the plan's batches: each batch's heading, then its recipients. */
    static List<StageRow> of(List<StageBatch> batches) {
        List<StageRow> rows = new ArrayList<>(batches.size() + batches.stream().mapToInt(StageBatch::size).sum());
        for (int i = 0; i < batches.size(); i++) {
            StageBatch batch = batches.get(i);
            boolean last = i == batches.size() - 1;
            rows.add(new StageRow(batch, null, i, last));
            for (StageEntry entry : batch.entries()) {
                rows.add(new StageRow(batch, entry, i, last));
            }
        }
        return rows;
    }

    /** The row's identity for the grid: the batch's or the entry's id and version. */
    String key() {
        return heading() ? "b" + batch.id() + "." + batch.version() + "." + batch.number()
                : "e" + entry.entryId() + "." + entry.entryVersion() + "." + batch.id() + "." + batch.version();
    }

    boolean heading() {
        return entry == null;
    }

    boolean first() {
        return index == 0;
    }
}
