package vn.congan.ceremony.award.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.congan.ceremony.award.RecipientKind;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.spreadsheet.ListColumn;
import vn.congan.ceremony.common.spreadsheet.ListRows;
import vn.congan.ceremony.common.spreadsheet.Sheet;
import vn.congan.ceremony.common.spreadsheet.SheetRow;
import vn.congan.ceremony.common.spreadsheet.SpreadsheetReader;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.Rank;

/**
 * Reads the recipient list appended to an award decision, as offices keep it in Excel:
 * title rows, then a header row, then section rows ("I. TẬP THỂ", "II. CÁ NHÂN") that switch
 * between collectives and individuals, recipient rows, blank lines, a total line and a
 * signature block. Only numbered rows with a name (or unnumbered rows with a name and at
 * least one more field) become recipients; everything else is layout.
 */
public final class RecipientListParser {

    public static final int MAX_BYTES = SpreadsheetReader.MAX_BYTES;

    private static final Pattern SECTION_PREFIX = Pattern.compile("^([ivxlc]+|[a-z]|\\d+)\\s*[.):/-]\\s*");

    /** Parses {@code content}; refuses unreadable files and lists without a header. */
    public ParsedList parse(String fileName, byte[] content) {
        List<Sheet> sheets = SpreadsheetReader.read(fileName, content);
        if (sheets.stream().allMatch(Sheet::isBlank)) {
            throw new UserMessageException("spreadsheet.error.empty");
        }
        for (Sheet sheet : sheets) {
            Optional<ParsedList> parsed = parseSheet(fileName, sheet);
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        throw new UserMessageException("award.import.error.noHeader");
    }

    private Optional<ParsedList> parseSheet(String fileName, Sheet sheet) {
        List<SheetRow> rows = sheet.rows();
        for (int i = 0; i < Math.min(rows.size(), ListRows.HEADER_SEARCH_ROWS); i++) {
            Map<ListColumn, Integer> columns = ListColumn.headerOf(rows.get(i));
            if (!columns.isEmpty()) {
                RecipientKind initial = initialKind(rows.get(i).cell(columns.get(ListColumn.NAME)));
                List<ParsedRecipient> recipients = recipients(rows.subList(i + 1, rows.size()), columns, initial);
                return Optional.of(new ParsedList(fileName, sheet.name(), rows.get(i).rowNumber(),
                        markDuplicates(recipients)));
            }
        }
        return Optional.empty();
    }

    /** Before any section row: "Tên tập thể" or "Tên đơn vị" means collectives, anything else people. */
    private static RecipientKind initialKind(String nameHeader) {
        String folded = VietText.fold(nameHeader);
        boolean people = folded.contains("ho") || folded.contains("ca nhan");
        return !people && (folded.contains("tap the") || folded.contains("don vi"))
                ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL;
    }

    private List<ParsedRecipient> recipients(List<SheetRow> rows, Map<ListColumn, Integer> columns,
            RecipientKind initial) {
        List<ParsedRecipient> result = new ArrayList<>();
        RecipientKind kind = initial;
        for (SheetRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (ListRows.endsTheList(row)) {
                break;
            }
            String number = field(row, columns, ListColumn.NUMBER);
            String name = field(row, columns, ListColumn.NAME);
            boolean numbered = ListRows.isOrdinal(number);
            int otherFields = countFilled(row, columns, ListColumn.RANK, ListColumn.POSITION, ListColumn.UNIT,
                    ListColumn.NOTE, ListColumn.ACHIEVEMENT);
            if (ListRows.isColumnNumbering(name)) {
                continue; // the "(1) (2) (3)" line under a header
            }
            boolean recipient = !name.isEmpty() && (numbered || otherFields > 0) && row.distinctValues().size() > 1;
            if (!recipient) {
                kind = sectionKind(row).orElse(kind);
                if (name.isEmpty() && numbered && otherFields > 0) {
                    result.add(individualOrCollective(row, columns, kind).withProblem(ImportProblem.MISSING_NAME));
                }
                continue;
            }
            ParsedRecipient parsed = individualOrCollective(row, columns, kind);
            result.add(tooLong(parsed) ? parsed.withProblem(ImportProblem.TEXT_TOO_LONG) : parsed);
        }
        return result;
    }

    /** "I. TẬP THỂ", "A - Tập thể", "II. CÁ NHÂN (96)", "Khen thưởng cá nhân": the kind switches. */
    private static Optional<RecipientKind> sectionKind(SheetRow row) {
        String folded = SECTION_PREFIX.matcher(VietText.fold(String.join(" ", row.distinctValues()))).replaceFirst("");
        boolean collectives = folded.contains("tap the");
        boolean individuals = folded.contains("ca nhan");
        if (collectives == individuals) {
            return Optional.empty();
        }
        return Optional.of(collectives ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL);
    }

    private ParsedRecipient individualOrCollective(SheetRow row, Map<ListColumn, Integer> columns,
            RecipientKind kind) {
        String name = field(row, columns, ListColumn.NAME);
        String unit = blankToNull(field(row, columns, ListColumn.UNIT));
        String note = blankToNull(field(row, columns, ListColumn.NOTE));
        String achievement = blankToNull(field(row, columns, ListColumn.ACHIEVEMENT));
        List<ImportProblem> problems = new ArrayList<>();
        if (kind == RecipientKind.COLLECTIVE) {
            String unitName = unit == null || VietText.fold(name).contains(VietText.fold(unit))
                    ? name : name + " - " + unit;
            return new ParsedRecipient(row.rowNumber(), kind, blankToNull(unitName), null, Rank.NONE, null, null,
                    null, note, achievement, problems);
        }
        String rankText = field(row, columns, ListColumn.RANK);
        if (rankText.isEmpty() && !columns.containsKey(ListColumn.RANK)) {
            String[] split = splitLeadingRank(name);
            rankText = split[0];
            name = split[1];
        }
        Rank rank = Rank.parse(rankText).orElse(null);
        if (rank == null) {
            problems.add(ImportProblem.UNKNOWN_RANK);
        }
        PersonName personName = PersonName.parse(name);
        return new ParsedRecipient(row.rowNumber(), kind, blankToNull(personName.full()), personName, rank,
                blankToNull(rankText), blankToNull(field(row, columns, ListColumn.POSITION)), unit, note,
                achievement, problems);
    }

    /** "Đại úy Nguyễn Văn An" in a list without a rank column: {"Đại úy", "Nguyễn Văn An"}. */
    private static String[] splitLeadingRank(String name) {
        String[] words = name.split(" ");
        if (words.length > 2) {
            String two = words[0] + " " + words[1];
            Optional<Rank> rank = Rank.parse(two);
            if (rank.isPresent() && rank.get() != Rank.NONE) {
                return new String[] {two, name.substring(two.length()).trim()};
            }
        }
        return new String[] {"", name};
    }

    /** The longest texts the database columns take. */
    private static boolean tooLong(ParsedRecipient r) {
        return length(r.name()) > 200 || length(r.position()) > 300 || length(r.unitName()) > 300
                || length(r.note()) > 500 || length(r.achievement()) > 2000;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static List<ParsedRecipient> markDuplicates(List<ParsedRecipient> rows) {
        Set<String> seen = new HashSet<>();
        List<ParsedRecipient> marked = new ArrayList<>(rows.size());
        for (ParsedRecipient row : rows) {
            boolean named = !row.problems().contains(ImportProblem.MISSING_NAME);
            marked.add(named && !seen.add(row.duplicateKey()) ? row.withProblem(ImportProblem.DUPLICATE_IN_FILE) : row);
        }
        return marked;
    }

    private static String field(SheetRow row, Map<ListColumn, Integer> columns, ListColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private static int countFilled(SheetRow row, Map<ListColumn, Integer> columns, ListColumn... wanted) {
        int filled = 0;
        for (ListColumn column : wanted) {
            if (!field(row, columns, column).isEmpty()) {
                filled++;
            }
        }
        return filled;
    }

    private static String blankToNull(String text) {
        return VietText.cleanToNull(text);
    }
}
