package vn.congan.ceremony.common.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.congan.ceremony.common.UserMessageException;

/**
 * Reads an uploaded file into sheets of text rows: .xlsx and .xls through Apache POI,
 * .csv as strict UTF-8 (with or without BOM). Merged cells repeat their value in every
 * cell they cover; numbers read as written ("1", not "1.0"). Anything it cannot read
 * becomes a {@link UserMessageException} before a row is looked at. Shared by the imports of
 * office lists: the award recipients and the seating's other attendees.
 */
public final class SpreadsheetReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_COLUMNS = 40;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetReader() {
    }

    public static List<Sheet> read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new UserMessageException("spreadsheet.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (content.length == 0) {
            throw new UserMessageException("spreadsheet.error.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(content);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2 || magic == FileMagic.OOXML) {
            return workbook(content);
        }
        if (magic == FileMagic.UNKNOWN && (name.endsWith(".csv") || name.endsWith(".txt"))) {
            return List.of(csv(fileName, content));
        }
        if (magic == FileMagic.UNKNOWN && (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm"))) {
            throw new UserMessageException("spreadsheet.error.corrupt");
        }
        throw new UserMessageException("spreadsheet.error.notSpreadsheet");
    }

    private static List<Sheet> workbook(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = WorkbookFactory.create(in)) {
            List<Sheet> sheets = new ArrayList<>();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                sheets.add(new Sheet(sheet.getSheetName(), rows(sheet, formatter)));
            }
            return sheets;
        } catch (EncryptedDocumentException e) {
            throw new UserMessageException("spreadsheet.error.protected");
        } catch (IOException | RuntimeException e) {
            throw new UserMessageException("spreadsheet.error.corrupt");
        }
    }

    private static List<SheetRow> rows(org.apache.poi.ss.usermodel.Sheet sheet, DataFormatter formatter) {
        Map<Long, String> merged = mergedValues(sheet, formatter);
        int mergedWidth = sheet.getMergedRegions().stream().mapToInt(m -> m.getLastColumn() + 1).max().orElse(0);
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            int r = row.getRowNum();
            int last = Math.min(Math.max(row.getLastCellNum(), mergedWidth), MAX_COLUMNS);
            List<String> cells = new ArrayList<>(last);
            for (int c = 0; c < last; c++) {
                String covered = merged.isEmpty() ? null : merged.get(key(r, c));
                cells.add(covered != null ? covered : text(row.getCell(c), formatter));
            }
            rows.add(new SheetRow(r + 1, cells));
        }
        // Rows that exist only as part of a merged region still need their merged values.
        if (!merged.isEmpty()) {
            fillMergedOnlyRows(sheet, merged, rows);
        }
        return rows;
    }

    private static void fillMergedOnlyRows(org.apache.poi.ss.usermodel.Sheet sheet, Map<Long, String> merged,
            List<SheetRow> rows) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                if (sheet.getRow(r) == null) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c <= Math.min(region.getLastColumn(), MAX_COLUMNS - 1); c++) {
                        cells.add(merged.getOrDefault(key(r, c), ""));
                    }
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
        }
        rows.sort(java.util.Comparator.comparingInt(SheetRow::rowNumber));
        // Two regions on the same missing row would add it twice; keep the first.
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        rows.removeIf(row -> !seen.add(row.rowNumber()));
    }

    private static Map<Long, String> mergedValues(org.apache.poi.ss.usermodel.Sheet sheet, DataFormatter formatter) {
        Map<Long, String> values = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Row first = sheet.getRow(region.getFirstRow());
            String value = first == null ? "" : text(first.getCell(region.getFirstColumn()), formatter);
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    values.put(key(r, c), value);
                }
            }
        }
        return values;
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    /** A cell as the user sees it; formulas by their cached result, whole numbers without ".0". */
    static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String raw = switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell) : number(cell);
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
        return raw == null ? "" : raw; // cleaned (and what was removed remembered) by SheetRow
    }

    private static String number(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }

    private static Sheet csv(String fileName, byte[] content) {
        String text = decodeUtf8(content);
        char delimiter = guessDelimiter(text);
        List<SheetRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(value == null ? "" : value); // cleaned by SheetRow
                }
                rows.add(new SheetRow(number, cells));
            }
        } catch (IOException | RuntimeException e) {
            throw new UserMessageException("spreadsheet.error.corrupt");
        }
        return new Sheet(fileName, rows);
    }

    private static String decodeUtf8(byte[] content) {
        int start = content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2] ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserMessageException("spreadsheet.error.notUtf8");
        }
    }

    /** Excel writes commas, Vietnamese-locale Excel often semicolons; some tools use tabs. */
    private static char guessDelimiter(String text) {
        String sample = text.length() > 8192 ? text.substring(0, 8192) : text;
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = sample.chars().filter(ch -> ch == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
