package vn.congan.ceremony.common.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an .xls (BIFF8) with POI's HSSF event API: the records of the workbook stream are handed
 * over one at a time and turned into rows as they come, nothing is built of the whole workbook,
 * and the caps of {@link ReadLimits} stop reading at the first one passed. The shared string
 * table is the only thing kept whole; it is part of the file, so the 10 MB file cap bounds it.
 */
final class XlsReader implements HSSFListener {

    private final ReadLimits limits;
    private final FormatTrackingHSSFListener formats;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
    private final List<Sheet> sheets = new ArrayList<>();
    private final Deque<Integer> substreams = new ArrayDeque<>();
    private BoundSheetRecord[] sheetOrder;
    private int nextSheet;
    private SSTRecord sharedStrings;
    private boolean date1904;
    private SheetBuilder sheet;
    private int row = -1;
    /** A formula whose string result follows in a STRING record: its row and column. */
    private int[] pendingString;

    XlsReader(ReadLimits limits) {
        this.limits = limits;
        this.formats = new FormatTrackingHSSFListener(this, Locale.ROOT);
    }

    /** Reads the workbook of an OLE2 file; a password-protected .xlsx (also OLE2) is refused as such. */
    List<Sheet> read(InputStream in) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new EncryptedDocumentException("A password-protected OOXML file");
            }
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(formats);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        }
        return sheets;
    }

    @Override
    public void processRecord(Record record) {
        if (record instanceof BOFRecord bof) {
            begin(bof);
        } else if (record instanceof EOFRecord) {
            end();
        } else if (record instanceof BoundSheetRecord bound) {
            boundSheets.add(bound);
        } else if (record instanceof SSTRecord sst) {
            sharedStrings = sst;
        } else if (record instanceof DateWindow1904Record window) {
            date1904 = window.getWindowing() == 1;
        } else if (record instanceof LabelSSTRecord label) {
            int index = label.getSSTIndex();
            boolean known = sharedStrings != null && index >= 0 && index < sharedStrings.getNumUniqueStrings();
            cell(label, known ? sharedStrings.getString(index).getString() : "");
        } else if (record instanceof LabelRecord label) {
            cell(label, label.getValue());
        } else if (record instanceof NumberRecord number) {
            cell(number, number(number, number.getValue()));
        } else if (record instanceof BoolErrRecord boolErr) {
            cell(boolErr, boolErr.isBoolean() ? Boolean.toString(boolErr.getBooleanValue()) : "");
        } else if (record instanceof FormulaRecord formula) {
            formula(formula);
        } else if (record instanceof StringRecord string) {
            if (pendingString != null && sheet != null) {
                at(pendingString[0]);
                sheet.cell(pendingString[1], string.getString(), false);
            }
            pendingString = null;
        } else if (record instanceof MergeCellsRecord merged && sheet != null) {
            for (int i = 0; i < merged.getNumAreas(); i++) {
                CellRangeAddress area = merged.getAreaAt(i);
                sheet.merge(area.getFirstRow(), area.getLastRow(), area.getFirstColumn(), area.getLastColumn());
            }
        }
    }

    private void begin(BOFRecord bof) {
        substreams.push(bof.getType());
        if (bof.getType() == BOFRecord.TYPE_WORKSHEET && substreams.size() == 1) {
            if (sheetOrder == null) {
                sheetOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
            }
            String name = nextSheet < sheetOrder.length ? sheetOrder[nextSheet].getSheetname() : "Sheet" + (nextSheet + 1);
            nextSheet++;
            sheet = new SheetBuilder(name, limits);
            row = -1;
        }
    }

    private void end() {
        Integer type = substreams.poll();
        if (type != null && type == BOFRecord.TYPE_WORKSHEET && substreams.isEmpty() && sheet != null) {
            sheets.add(sheet.build());
            sheet = null;
        }
    }

    private void formula(FormulaRecord formula) {
        CellType result = CellType.forInt(formula.getCachedResultType());
        switch (result) {
            case NUMERIC -> cell(formula, number(formula, formula.getValue()));
            case STRING -> {
                if (formula.hasCachedResultString()) {
                    pendingString = new int[] {formula.getRow(), formula.getColumn()};
                }
            }
            case BOOLEAN -> cell(formula, Boolean.toString(formula.getCachedBooleanValue()));
            default -> {
            }
        }
    }

    private void cell(CellValueRecordInterface cell, String text) {
        if (sheet == null) {
            return;
        }
        at(cell.getRow());
        sheet.cell(cell.getColumn(), text, false);
    }

    /** Moves to the row (0-based) of the next cell: the rows of a sheet come in order. */
    private void at(int rowIndex) {
        if (rowIndex != row) {
            row = rowIndex;
            sheet.startRow(rowIndex + 1);
        }
    }

    /** A number as written ("1", not "1.0"); a date in its cell's date format. */
    private String number(CellValueRecordInterface cell, double value) {
        int formatIndex = formats.getFormatIndex(cell);
        String format = formats.getFormatString(cell);
        if (format != null && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
            return formatter.formatRawCellContents(value, formatIndex, format, date1904);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
