package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.congan.ceremony.print.AwardRow;

/**
 * Every certificate of the ceremony in stage order, with its register number; several may be
 * selected. A large ceremony has thousands: the list knows them as award ids in order and reads
 * the rows of the part the browser shows, a page at a time.
 */
class CertificateList extends Grid<AwardRow> {

    CertificateList(Runnable selectionChanged) {
        super(AwardRow.class, false);
        setSelectionMode(Grid.SelectionMode.MULTI);
        addColumn(AwardRow::decisionNumber).setHeader(getTranslation("print.col.decision")).setAutoWidth(true);
        addColumn(AwardRow::recipient).setHeader(getTranslation("print.col.recipient")).setFlexGrow(2);
        addColumn(AwardRow::detail).setHeader(getTranslation("print.col.detail")).setFlexGrow(2);
        addColumn(r -> r.registerNumber() == null ? "" : r.registerNumber())
                .setHeader(getTranslation("print.col.register")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setHeight("22em");
        addSelectionListener(e -> selectionChanged.run());
    }

    /**
     * Lists the certificates {@code awardIds} in this order, reading the rows of a page with
     * {@code rows}; a certificate stays selected across pages by its award.
     */
    void show(List<Long> awardIds, Function<List<Long>, List<AwardRow>> rows) {
        List<Long> ids = List.copyOf(awardIds);
        setItems(query -> {
            int from = Math.min(query.getOffset(), ids.size());
            int to = Math.min(from + query.getLimit(), ids.size());
            return rows.apply(ids.subList(from, to)).stream();
        }, query -> ids.size()).setIdentifierProvider(AwardRow::awardId);
    }

    /** The selected certificates' award ids, in ascending order. */
    List<Long> selectedIds() {
        return getSelectedItems().stream().map(AwardRow::awardId).sorted(Comparator.naturalOrder()).toList();
    }
}
