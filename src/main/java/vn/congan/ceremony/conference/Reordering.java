package vn.congan.ceremony.conference;

import java.util.ArrayList;
import java.util.List;

/** Moving one element of an ordered list, as drag and drop and the up/down buttons do. */
public final class Reordering {

    private Reordering() {
    }

    /**
     * A copy of {@code items} with the element at {@code from} taken out and put back at
     * {@code to} (an index of the resulting list). Out-of-range indexes are refused.
     */
    public static <T> List<T> move(List<T> items, int from, int to) {
        if (from < 0 || from >= items.size() || to < 0 || to >= items.size()) {
            throw new IndexOutOfBoundsException("move " + from + " -> " + to + " in " + items.size());
        }
        List<T> result = new ArrayList<>(items);
        T moved = result.remove(from);
        result.add(to, moved);
        return result;
    }

    /**
     * The target index of a drop: onto row {@code targetIndex}, above or below it, for the
     * element currently at {@code from}.
     */
    public static int dropIndex(int from, int targetIndex, boolean below) {
        int to = below ? targetIndex + 1 : targetIndex;
        return from < to ? to - 1 : to;
    }
}
