package vn.congan.ceremony.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.organisation.Unit;

/** The batch aggregate's own rules, without a database: every edit leaves the entries numbered 1..n. */
class PresentationBatchTest {

    private final Unit unit = new Unit("Phòng Cảnh sát hình sự", "PC02", 1);
    private final AwardForm form = new AwardForm("Giấy khen", "GIẤY KHEN", "", 4, null);

    private List<Award> awards(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Award.collective(null, i, unit)).toList();
    }

    private PresentationBatch batch(List<Award> awards) {
        PresentationBatch batch = new PresentationBatch(null, 3, form);
        batch.append(awards, 10);
        return batch;
    }

    /** The list orders of the batch's awards, in entry order, and checks the numbering 1..n. */
    private static List<Integer> order(PresentationBatch batch) {
        List<BatchEntry> entries = batch.getEntries();
        assertThat(entries).extracting(BatchEntry::getPosition)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, entries.size()).boxed().toList());
        assertThat(entries).allMatch(e -> e.getBatch() == batch);
        return entries.stream().map(e -> e.getAward().getListOrder()).toList();
    }

    @Test
    void reorderMovesAnEntryToAPlaceClampedToTheBatch() {
        PresentationBatch batch = batch(awards(5));
        assertThat(batch.reorder(batch.getEntries().get(0), 3)).isTrue();
        assertThat(order(batch)).containsExactly(2, 3, 1, 4, 5);
        assertThat(batch.reorder(batch.getEntries().get(4), 99)).isFalse();
        assertThat(batch.reorder(batch.getEntries().get(4), -5)).isTrue();
        assertThat(order(batch)).containsExactly(5, 2, 3, 1, 4);
    }

    @Test
    void removeClosesUpAndInsertPutsAnAwardAtAPlace() {
        PresentationBatch source = batch(awards(4));
        PresentationBatch target = batch(new ArrayList<>(awards(2)));
        Award moved = source.remove(source.getEntries().get(1));
        assertThat(order(source)).containsExactly(1, 3, 4);
        target.insert(moved, 2, 10);
        assertThat(order(target)).containsExactly(1, 2, 2);
        assertThat(target.getEntries().get(1).getAward()).isSameAs(moved);
        target.insert(source.remove(source.getEntries().get(0)), 99, 10);
        assertThat(target.getEntries().get(3).getAward().getListOrder()).isEqualTo(1);
        assertThat(order(source)).containsExactly(3, 4);
    }

    @Test
    void aFullBatchRefusesAnotherRecipientWithItsNumberAndTheCapacity() {
        PresentationBatch batch = batch(awards(3));
        assertThatThrownBy(() -> batch.insert(awards(1).get(0), 1, 3)).isInstanceOf(UserMessageException.class)
                .hasMessage("stage.error.full[3, 3]");
        assertThat(order(batch)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> batch.append(awards(2), 4)).hasMessageContaining("stage.error.full");
        assertThat(batch.getEntries()).hasSize(3);
    }

    @Test
    void cutFromSplitsOffTheRestIntoAFollowingBatchWithTheSamePresenterAndForm() {
        PresentationBatch batch = batch(awards(6));
        batch.setOnAuthorityOf("Bộ trưởng Bộ Công an");
        assertThatThrownBy(() -> batch.cutFrom(1)).hasMessageContaining("stage.error.split");
        assertThatThrownBy(() -> batch.cutFrom(7)).hasMessageContaining("stage.error.split");
        PresentationBatch created = batch.following(batch.cutFrom(5));
        assertThat(order(batch)).containsExactly(1, 2, 3, 4);
        assertThat(order(created)).containsExactly(5, 6);
        assertThat(created.getForm()).isSameAs(form);
        assertThat(created.getOnAuthorityOf()).isEqualTo("Bộ trưởng Bộ Công an");
        assertThat(created.isManuallyEdited()).isTrue();
        assertThat(created.getPosition()).isEqualTo(4);
    }

    @Test
    void mergingAppendsTheNextBatchsRecipientsInOrder() {
        PresentationBatch batch = batch(awards(3));
        PresentationBatch next = batch(awards(5).subList(3, 5));
        batch.append(next.removeAll(), 10);
        assertThat(next.getEntries()).isEmpty();
        assertThat(order(batch)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void batchesAreRenumberedInCeremonyOrder() {
        PresentationBatch a = new PresentationBatch(null, 7, form);
        PresentationBatch b = new PresentationBatch(null, 2, form);
        PresentationBatch.renumber(List.of(a, b));
        assertThat(a.getPosition()).isEqualTo(1);
        assertThat(b.getPosition()).isEqualTo(2);
    }
}
