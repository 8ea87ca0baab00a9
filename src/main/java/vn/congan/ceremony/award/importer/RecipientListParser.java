package vn.congan.ceremony.award.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
 * least one more field) become recipients; everything else is layout. Among the individuals,
 * a row naming only a unit is a heading: the unit of the rows below it. Combined columns
 * ("Cấp bậc, chức vụ", "Chức vụ, đơn vị công tác") are split into rank, position and unit.
 */
public final class RecipientListParser {

    public static final int MAX_BYTES = SpreadsheetReader.MAX_BYTES;
    /**
     * The most rows with data one list may have (titles, sections and signature included); reading
     * stops at the next one. The largest decisions of a province list a few thousand recipients.
     */
    public static final int MAX_ROWS = 10_000;

    private static final Pattern SECTION_PREFIX = Pattern.compile("^([ivxlc]+|[a-z]|\\d+)\\s*[.):/-]\\s*");
    /** "1. ", "a) ", "II - " before a unit heading written in the name cell. */
    private static final Pattern HEADING_PREFIX = Pattern.compile("^([IVXLCivxlc]+|[A-Za-z]|\\d{1,3})\\s*[.):/-]\\s*");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[\\s,;:./–-]+$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s,;:./–-]+");
    private static final Pattern POSITION_UNIT_SEPARATOR = Pattern.compile(",\\s*|;\\s*|\\s+[-–]\\s+");
    private static final Set<String> RANK_FIRST_WORDS = Set.of("dai", "thuong", "trung", "thieu", "ha", "binh");
    private static final Set<String> RANK_SECOND_WORDS = Set.of("tuong", "ta", "uy", "ui", "si", "sy", "nhat", "nhi");
    private static final ListColumn[] OTHER_FIELDS = {ListColumn.RANK, ListColumn.POSITION, ListColumn.UNIT,
        ListColumn.NOTE, ListColumn.ACHIEVEMENT, ListColumn.RANK_POSITION, ListColumn.POSITION_UNIT,
        ListColumn.RANK_POSITION_UNIT};

    /** Parses {@code content} knowing no unit of the portal (headings are then read by their wording only). */
    public ParsedList parse(String fileName, byte[] content) {
        return parse(fileName, content, List.of());
    }

    /**
     * Parses {@code content}; refuses unreadable files, lists without a header and lists with a
     * header but no recipient row. {@code knownUnits}, the names of the portal's units, tell a
     * unit heading among the individuals ("1 | Công an huyện An Lạc") and where a combined
     * "Chức vụ, đơn vị" cell splits.
     */
    public ParsedList parse(String fileName, byte[] content, Collection<String> knownUnits) {
        List<Sheet> sheets = SpreadsheetReader.read(fileName, content, MAX_ROWS);
        if (sheets.stream().allMatch(Sheet::isBlank)) {
            throw new UserMessageException("spreadsheet.error.empty");
        }
        UnitNames units = new UnitNames(knownUnits);
        ParsedList headerOnly = null;
        for (Sheet sheet : sheets) {
            Optional<ParsedList> parsed = parseSheet(fileName, sheet, units);
            if (parsed.isPresent() && !parsed.get().rows().isEmpty()) {
                return parsed.get();
            }
            if (parsed.isPresent() && headerOnly == null) {
                headerOnly = parsed.get();
            }
        }
        if (headerOnly != null) {
            throw new UserMessageException("award.import.error.noRows", headerOnly.sheetName(),
                    headerOnly.headerRowNumber());
        }
        throw new UserMessageException("award.import.error.noHeader");
    }

    private Optional<ParsedList> parseSheet(String fileName, Sheet sheet, UnitNames units) {
        List<SheetRow> rows = sheet.rows();
        for (int i = 0; i < Math.min(rows.size(), ListRows.HEADER_SEARCH_ROWS); i++) {
            Map<ListColumn, Integer> columns = ListColumn.headerOf(rows.get(i));
            if (!columns.isEmpty()) {
                RecipientKind initial = initialKind(rows.get(i).cell(columns.get(ListColumn.NAME)));
                List<ParsedRecipient> recipients = recipients(rows.subList(i + 1, rows.size()), columns, initial,
                        units);
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
            RecipientKind initial, UnitNames units) {
        List<ParsedRecipient> result = new ArrayList<>();
        RecipientKind kind = initial;
        String groupUnit = null;
        // A unit heading not yet followed by anyone: if nobody follows, it may be a collective
        // written among the individuals by mistake, so it is shown as a problem, never dropped.
        SheetRow lonelyHeading = null;
        for (SheetRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (ListRows.endsTheList(row)) {
                break;
            }
            if (unevaluated(row, columns)) {
                // a formula saved without its result: shown as a problem, never taken for a blank line
                ParsedRecipient shown = individualOrCollective(row, columns, kind, units, groupUnit);
                result.add(shown.withProblem(ImportProblem.FORMULA_WITHOUT_VALUE));
                continue;
            }
            String number = field(row, columns, ListColumn.NUMBER);
            String name = field(row, columns, ListColumn.NAME);
            boolean numbered = ListRows.isOrdinal(number);
            int otherFields = countFilled(row, columns, OTHER_FIELDS);
            if (ListRows.isColumnNumbering(name)) {
                continue; // the "(1) (2) (3)" line under a header
            }
            Optional<RecipientKind> section = sectionKind(row);
            if (kind == RecipientKind.INDIVIDUAL && section.isEmpty()) {
                Optional<String> heading = groupHeading(row, columns, units);
                if (heading.isPresent()) {
                    flagLonely(lonelyHeading, columns, units, result);
                    lonelyHeading = row;
                    groupUnit = heading.get(); // "1 | Công an huyện An Lạc": the unit of the rows below
                    continue;
                }
            }
            boolean recipient = !name.isEmpty() && (numbered || otherFields > 0) && row.distinctValues().size() > 1;
            if (!recipient) {
                if (section.isPresent()) {
                    flagLonely(lonelyHeading, columns, units, result);
                    lonelyHeading = null;
                    kind = section.get();
                    groupUnit = null;
                }
                if (name.isEmpty() && numbered && otherFields > 0) {
                    result.add(individualOrCollective(row, columns, kind, units, groupUnit)
                            .withProblem(ImportProblem.MISSING_NAME));
                }
                continue;
            }
            lonelyHeading = null;
            ParsedRecipient parsed = individualOrCollective(row, columns, kind, units, groupUnit);
            result.add(tooLong(parsed) ? parsed.withProblem(ImportProblem.TEXT_TOO_LONG) : parsed);
        }
        flagLonely(lonelyHeading, columns, units, result);
        return result;
    }

    /** A unit heading with nobody below it: listed as a collective with a problem, so the organizer sees it. */
    private void flagLonely(SheetRow heading, Map<ListColumn, Integer> columns, UnitNames units,
            List<ParsedRecipient> result) {
        if (heading != null) {
            result.add(individualOrCollective(heading, columns, RecipientKind.COLLECTIVE, units, null)
                    .withProblem(ImportProblem.HEADING_WITHOUT_PEOPLE));
        }
    }

    /**
     * A unit heading among the individuals: a row holding only a name (and maybe its number) that
     * is a unit of the portal or reads as a unit's name ("Công an huyện An Lạc", "2. Phòng Hậu cần");
     * not a grouping of several units ("Công an các huyện").
     */
    private static Optional<String> groupHeading(SheetRow row, Map<ListColumn, Integer> columns, UnitNames units) {
        String name = field(row, columns, ListColumn.NAME);
        String number = field(row, columns, ListColumn.NUMBER);
        if (name.isEmpty() || row.distinctValues().stream().anyMatch(v -> !v.equals(name) && !v.equals(number))) {
            return Optional.empty();
        }
        String text = VietText.clean(HEADING_PREFIX.matcher(name).replaceFirst(""));
        if (units.isKnown(text)) {
            return Optional.of(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean several = lower.startsWith("các ") || lower.contains(" các ");
        return UnitNames.readsAsUnit(text) && !several ? Optional.of(text) : Optional.empty();
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
            RecipientKind kind, UnitNames units, String groupUnit) {
        String name = field(row, columns, ListColumn.NAME);
        String unit = field(row, columns, ListColumn.UNIT);
        String note = blankToNull(field(row, columns, ListColumn.NOTE));
        String achievement = blankToNull(field(row, columns, ListColumn.ACHIEVEMENT));
        List<ImportProblem> problems = new ArrayList<>();
        if (kind == RecipientKind.COLLECTIVE) {
            String unitName = unit.isEmpty() || VietText.fold(name).contains(VietText.fold(unit))
                    ? name : name + " - " + unit;
            return new ParsedRecipient(row.rowNumber(), kind, blankToNull(unitName), null, Rank.NONE, null, null,
                    null, note, achievement, problems, row.cleanedCells(columns));
        }
        String rankText = field(row, columns, ListColumn.RANK);
        String position = field(row, columns, ListColumn.POSITION);
        String positionAndUnit = field(row, columns, ListColumn.POSITION_UNIT);
        String all = field(row, columns, ListColumn.RANK_POSITION_UNIT);
        if (!all.isEmpty()) {
            String[] split = splitRank(all);
            rankText = orElse(rankText, split[0]);
            positionAndUnit = orElse(positionAndUnit, split[1]);
        }
        String rankAndPosition = field(row, columns, ListColumn.RANK_POSITION);
        if (!rankAndPosition.isEmpty()) {
            String[] split = splitRank(rankAndPosition);
            rankText = orElse(rankText, split[0]);
            position = orElse(position, split[1]);
        }
        if (!positionAndUnit.isEmpty()) {
            String[] split = splitPositionAndUnit(positionAndUnit, columns.containsKey(ListColumn.UNIT), units);
            position = orElse(position, split[0]);
            unit = orElse(unit, split[1]);
        }
        if (unit.isEmpty() && groupUnit != null) {
            unit = groupUnit;
        }
        boolean rankColumn = columns.containsKey(ListColumn.RANK) || columns.containsKey(ListColumn.RANK_POSITION)
                || columns.containsKey(ListColumn.RANK_POSITION_UNIT);
        if (rankText.isEmpty() && !rankColumn) {
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
                blankToNull(rankText), blankToNull(position), blankToNull(unit), note, achievement, problems,
                row.cleanedCells(columns));
    }

    /** "Đại úy Nguyễn Văn An" in a list without a rank column: {"Đại úy", "Nguyễn Văn An"}. */
    private static String[] splitLeadingRank(String name) {
        return leadingRank(name).filter(split -> !split[1].isEmpty()).orElse(new String[] {"", name});
    }

    /**
     * A "Cấp bậc, chức vụ" cell: {"Đại uý", "Phó Đội trưởng"} from "Đại uý, Phó Đội trưởng" or
     * "Đại uý Phó Đội trưởng"; {"Đại úy", ""} from "Đại úy"; {"", "Cán bộ"} from "Cán bộ". A
     * misspelt rank ("Đại úi, Cán bộ") still splits off, so that it is reported, not taken as
     * part of the position.
     */
    static String[] splitRank(String text) {
        Optional<String[]> leading = leadingRank(text);
        if (leading.isPresent()) {
            return leading.get();
        }
        int comma = text.indexOf(',');
        if (comma > 0 && looksLikeRank(text.substring(0, comma))) {
            return new String[] {text.substring(0, comma).trim(), text.substring(comma + 1).trim()};
        }
        return looksLikeRank(text) ? new String[] {text, ""} : new String[] {"", text};
    }

    /** A rank at the start of {@code text} (one to four words) and the text after it and its separator. */
    private static Optional<String[]> leadingRank(String text) {
        String[] words = text.split(" ");
        for (int n = Math.min(4, words.length); n >= 1; n--) {
            String candidate = TRAILING_SEPARATOR.matcher(String.join(" ", Arrays.copyOfRange(words, 0, n)))
                    .replaceFirst("");
            Optional<Rank> rank = Rank.parse(candidate);
            if (!candidate.isEmpty() && rank.isPresent() && rank.get() != Rank.NONE) {
                String rest = String.join(" ", Arrays.copyOfRange(words, n, words.length));
                return Optional.of(new String[] {candidate, LEADING_SEPARATOR.matcher(rest).replaceFirst("")});
            }
        }
        return Optional.empty();
    }

    /** Two words shaped like a rank, "Đại úi", "Hạ sỹ": worth reporting rather than keeping as a position. */
    private static boolean looksLikeRank(String text) {
        String[] words = VietText.fold(text).split(" ");
        return words.length == 2 && RANK_FIRST_WORDS.contains(words[0]) && RANK_SECOND_WORDS.contains(words[1]);
    }

    /**
     * A "Chức vụ, đơn vị công tác" cell: {"Đội trưởng", "Đội Cảnh sát hình sự"} from "Đội trưởng, Đội
     * Cảnh sát hình sự". It splits after a comma (or " - ", ";") where the rest is a unit of the
     * portal; without a separate unit column also where the rest reads as a unit, else at the first
     * comma. With a unit column and no known unit in it, the whole cell is the position.
     */
    static String[] splitPositionAndUnit(String text, boolean unitColumn, UnitNames units) {
        if (units.isKnown(text)) {
            return new String[] {"", text};
        }
        List<int[]> cuts = new ArrayList<>();
        Matcher m = POSITION_UNIT_SEPARATOR.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && m.end() < text.length()) {
                cuts.add(new int[] {m.start(), m.end()});
            }
        }
        for (int[] cut : cuts) {
            if (units.isKnown(text.substring(cut[1]))) {
                return new String[] {text.substring(0, cut[0]).trim(), text.substring(cut[1]).trim()};
            }
        }
        if (unitColumn) {
            return new String[] {text, ""};
        }
        for (int[] cut : cuts) {
            if (UnitNames.readsAsUnit(text.substring(cut[1]))) {
                return new String[] {text.substring(0, cut[0]).trim(), text.substring(cut[1]).trim()};
            }
        }
        int comma = text.indexOf(',');
        if (comma > 0 && comma < text.length() - 1) {
            return new String[] {text.substring(0, comma).trim(), text.substring(comma + 1).trim()};
        }
        return UnitNames.readsAsUnit(text) ? new String[] {"", text} : new String[] {text, ""};
    }

    private static String orElse(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
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
            boolean named = !row.problems().contains(ImportProblem.MISSING_NAME)
                    && !row.problems().contains(ImportProblem.FORMULA_WITHOUT_VALUE);
            marked.add(named && !seen.add(row.duplicateKey()) ? row.withProblem(ImportProblem.DUPLICATE_IN_FILE) : row);
        }
        return marked;
    }

    /** A column of the list holds a formula whose result the file does not have. */
    private static boolean unevaluated(SheetRow row, Map<ListColumn, Integer> columns) {
        return columns.values().stream().anyMatch(row::isUnevaluated);
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
