package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.grid.Grid;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.print.PrintLog;

/** The latest print jobs: when, who, what, mode, sheets, printer profile. */
class PrintLogGrid extends Grid<PrintLog> {

    PrintLogGrid() {
        super(PrintLog.class, false);
        addColumn(l -> DateLine.shortDate(l.getPrintedAt().toLocalDate()) + " "
                + DateLine.time(l.getPrintedAt().toLocalTime())).setHeader(getTranslation("print.log.when"))
                .setAutoWidth(true);
        addColumn(PrintLog::getUsername).setHeader(getTranslation("print.log.who")).setAutoWidth(true);
        addColumn(PrintLog::getDescription).setHeader(getTranslation("print.log.what")).setFlexGrow(3);
        addColumn(l -> getTranslation("print.mode." + l.getMode().name())).setHeader(getTranslation("print.mode"));
        addColumn(PrintLog::getSheets).setHeader(getTranslation("print.log.sheets"));
        addColumn(l -> l.getProfileName() == null ? "" : l.getProfileName())
                .setHeader(getTranslation("print.profile"));
        setAllRowsVisible(true);
    }
}
