package vn.congan.ceremony.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderingTest {

    private final List<String> abcd = List.of("a", "b", "c", "d");

    @Test
    void movingDownInsertsAfterTheElementsPassed() {
        assertThat(Reordering.move(abcd, 0, 2)).containsExactly("b", "c", "a", "d");
    }

    @Test
    void movingUpInsertsBeforeTheTarget() {
        assertThat(Reordering.move(abcd, 3, 1)).containsExactly("a", "d", "b", "c");
    }

    @Test
    void movingInPlaceChangesNothingAndLeavesTheInputAlone() {
        assertThat(Reordering.move(abcd, 2, 2)).containsExactly("a", "b", "c", "d");
        assertThat(abcd).containsExactly("a", "b", "c", "d");
    }

    @Test
    void outOfRangeIsRefused() {
        assertThatThrownBy(() -> Reordering.move(abcd, 0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Reordering.move(abcd, -1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void dropAboveOrBelowARowGivesTheIndexInTheResultingList() {
        // dragging "a" (0) below "c" (2) gives b c a d
        assertThat(Reordering.move(abcd, 0, Reordering.dropIndex(0, 2, true))).containsExactly("b", "c", "a", "d");
        // dragging "a" above "c" gives b a c d
        assertThat(Reordering.move(abcd, 0, Reordering.dropIndex(0, 2, false))).containsExactly("b", "a", "c", "d");
        // dragging "d" (3) above "b" (1) gives a d b c
        assertThat(Reordering.move(abcd, 3, Reordering.dropIndex(3, 1, false))).containsExactly("a", "d", "b", "c");
        // dragging "d" below "b" gives a b d c
        assertThat(Reordering.move(abcd, 3, Reordering.dropIndex(3, 1, true))).containsExactly("a", "b", "d", "c");
    }
}
