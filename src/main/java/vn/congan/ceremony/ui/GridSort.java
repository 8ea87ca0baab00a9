package vn.congan.ceremony.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

/**
 * The order a lazy grid asks for, as the feature's own order enum: a sortable column's sort
 * property is the enum constant's name; an unsorted grid gets {@code fallback}, ascending.
 */
public record GridSort<E extends Enum<E>>(E order, boolean descending) {

    public static <E extends Enum<E>> GridSort<E> of(Query<?, ?> query, Class<E> type, E fallback) {
        if (query.getSortOrders().isEmpty()) {
            return new GridSort<>(fallback, false);
        }
        QuerySortOrder first = query.getSortOrders().get(0);
        return new GridSort<>(Enum.valueOf(type, first.getSorted()), first.getDirection() == SortDirection.DESCENDING);
    }
}
