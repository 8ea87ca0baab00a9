package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import java.util.List;
import vn.congan.ceremony.print.AwardRow;

/** Every certificate of the ceremony in stage order, with its register number; several may be selected. */
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

    /** The selected certificates' award ids, in ascending order. */
    List<Long> selectedIds() {
        return getSelectedItems().stream().map(AwardRow::awardId).sorted(Comparator.naturalOrder()).toList();
    }
}
