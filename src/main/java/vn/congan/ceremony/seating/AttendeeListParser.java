package vn.congan.ceremony.seating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.spreadsheet.CleanedCell;
import vn.congan.ceremony.common.spreadsheet.ListColumn;
import vn.congan.ceremony.common.spreadsheet.ListRows;
import vn.congan.ceremony.common.spreadsheet.Sheet;
import vn.congan.ceremony.common.spreadsheet.SheetRow;
import vn.congan.ceremony.common.spreadsheet.SpreadsheetReader;
import vn.congan.ceremony.common.text.CleanedText;
import vn.congan.ceremony.common.text.HiddenCharacter;
import vn.congan.ceremony.common.text.VietText;

/**
 * Reads the names of other attendees: pasted lines (one name a line; cells copied from Excel,
 * separated by tabs, give the name and then its title and agency), or an .xlsx/.xls/.csv file
 * read by the shared {@link SpreadsheetReader}. In a file, the header row is found as for award
 * lists ("Họ và tên", "Họ tên", ... with other columns, or a lone "Họ và tên"); title rows above
 * it, blank rows, section rows and everything from the total line on are skipped. The columns
 * "Chức vụ" and "Cơ quan / Đơn vị" become the attendee's title and agency line. Plain Java:
 * nothing is stored here, and a file it cannot use is refused with a message.
 */
public final class AttendeeListParser {

    /** The most names one paste or one file may add. */
    public static final int MAX_NAMES = 3000;
    /** The most rows with data a file may have: the names and the titles, sections and signature around them. */
    public static final int MAX_ROWS = MAX_NAMES + 1000;

    /** The columns a name and its title and agency are read from. */
    private static final Set<ListColumn> USED_COLUMNS = Set.of(ListColumn.NAME, ListColumn.POSITION,
            ListColumn.POSITION_UNIT, ListColumn.UNIT);

    private AttendeeListParser() {
    }

    /** Pasted text: one name a line; blank lines and a copied "Họ và tên" header are skipped. */
    public static AttendeeList lines(String text) {
        List<AttendeeList.Entry> entries = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            List<CleanedText> cells = new ArrayList<>(Arrays.stream(lines[i].split("\t"))
                    .map(VietText::cleanReport).toList());
            if (!cells.isEmpty() && ListRows.isOrdinal(cells.get(0).text()) && cells.size() > 1) {
                cells.remove(0); // the "STT" cell of a row copied from Excel
            }
            String name = cells.isEmpty() ? "" : cells.get(0).text();
            if (name.isEmpty() || ListColumn.isNameHeader(name)) {
                continue;
            }
            List<String> rest = cells.subList(1, cells.size()).stream().map(CleanedText::text).toList();
            entries.add(new AttendeeList.Entry(i + 1, name, join(rest), cleaned(cells)));
        }
        return limited(new AttendeeList(null, 0, entries));
    }

    /** A file; refuses what is no spreadsheet, a list without a name column, and a list without names. */
    public static AttendeeList file(String fileName, byte[] content) {
        List<Sheet> sheets = SpreadsheetReader.read(fileName, content, MAX_ROWS);
        if (sheets.stream().allMatch(Sheet::isBlank)) {
            throw new UserMessageException("spreadsheet.error.empty");
        }
        for (Sheet sheet : sheets) {
            List<SheetRow> rows = sheet.rows();
            for (int i = 0; i < Math.min(rows.size(), ListRows.HEADER_SEARCH_ROWS); i++) {
                Map<ListColumn, Integer> columns = header(rows.get(i));
                if (!columns.isEmpty()) {
                    List<SheetRow> below = rows.subList(i + 1, rows.size());
                    List<AttendeeList.Entry> entries = entries(below, columns, columns.containsKey(ListColumn.NUMBER));
                    if (entries.isEmpty() && columns.containsKey(ListColumn.NUMBER)) {
                        entries = entries(below, columns, false); // an "STT" column left empty
                    }
                    if (entries.isEmpty()) {
                        throw new UserMessageException("seating.attendees.error.noNames", sheet.name(),
                                rows.get(i).rowNumber());
                    }
                    return limited(new AttendeeList(sheet.name(), rows.get(i).rowNumber(), entries));
                }
            }
        }
        throw new UserMessageException("seating.attendees.error.noHeader");
    }

    private static Map<ListColumn, Integer> header(SheetRow row) {
        Map<ListColumn, Integer> columns = ListColumn.headerOf(row);
        if (columns.isEmpty() && ListColumn.isNameOnlyHeader(row)) {
            columns = new EnumMap<>(ListColumn.class);
            for (int c = 0; c < row.cells().size(); c++) {
                if (!row.cell(c).isEmpty()) {
                    columns.put(ListColumn.NAME, c);
                    break;
                }
            }
        }
        return columns;
    }

    /** In a numbered list only numbered rows are names; other rows are section titles and notes. */
    private static List<AttendeeList.Entry> entries(List<SheetRow> rows, Map<ListColumn, Integer> columns,
            boolean numberedList) {
        List<AttendeeList.Entry> entries = new ArrayList<>();
        for (SheetRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (ListRows.endsTheList(row)) {
                break;
            }
            for (int column : columns.values()) {
                if (row.isUnevaluated(column)) {
                    throw new UserMessageException("seating.attendees.error.formulaWithoutValue", row.rowNumber(),
                            SpreadsheetReader.cellReference(row.rowNumber(), column));
                }
            }
            String name = field(row, columns, ListColumn.NAME);
            String organisation = join(List.of(field(row, columns, ListColumn.POSITION),
                    field(row, columns, ListColumn.POSITION_UNIT), field(row, columns, ListColumn.UNIT)));
            boolean numbered = ListRows.isOrdinal(field(row, columns, ListColumn.NUMBER));
            if (name.isEmpty()) {
                if (numbered && organisation != null) {
                    throw new UserMessageException("seating.attendees.error.missingName", row.rowNumber());
                }
                continue;
            }
            if (ListRows.isColumnNumbering(name) || numberedList && !numbered || !numberedList && spansColumns(row,
                    columns, name)) {
                continue; // the "(1) (2)" line, or a section row ("I. CƠ QUAN BÁO CHÍ")
            }
            List<CleanedCell> cleaned = row.cleanedCells(columns).stream()
                    .filter(c -> USED_COLUMNS.contains(c.column())).toList();
            entries.add(new AttendeeList.Entry(row.rowNumber(), name, organisation, cleaned));
        }
        return entries;
    }

    /** A row merged across the list (a section title) repeats its text in every column. */
    private static boolean spansColumns(SheetRow row, Map<ListColumn, Integer> columns, String name) {
        return columns.size() > 1 && columns.entrySet().stream()
                .filter(e -> e.getKey() != ListColumn.NAME)
                .allMatch(e -> row.cell(e.getValue()).equals(name));
    }

    private static AttendeeList limited(AttendeeList list) {
        if (list.entries().size() > MAX_NAMES) {
            throw new UserMessageException("seating.attendees.error.tooMany", list.entries().size(), MAX_NAMES);
        }
        return list;
    }

    private static String field(SheetRow row, Map<ListColumn, Integer> columns, ListColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    /** A pasted line's hidden characters: the first cell is the name, the others the title and agency. */
    private static List<CleanedCell> cleaned(List<CleanedText> cells) {
        List<CleanedCell> cleaned = new ArrayList<>();
        List<HiddenCharacter> inName = cells.isEmpty() ? List.of() : cells.get(0).removed();
        if (!inName.isEmpty()) {
            cleaned.add(new CleanedCell(ListColumn.NAME, inName));
        }
        List<HiddenCharacter> inOthers = cells.stream().skip(1).flatMap(c -> c.removed().stream()).distinct().toList();
        if (!inOthers.isEmpty()) {
            cleaned.add(new CleanedCell(ListColumn.POSITION_UNIT, inOthers));
        }
        return cleaned;
    }

    /** Title and agency on one line, each text once ("Phóng viên, Báo Bình An"); null when none. */
    private static String join(List<String> parts) {
        Set<String> distinct = new LinkedHashSet<>();
        parts.stream().map(VietText::cleanToNull).filter(p -> p != null).forEach(distinct::add);
        return distinct.isEmpty() ? null : String.join(", ", distinct);
    }
}
