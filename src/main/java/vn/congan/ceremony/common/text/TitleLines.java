package vn.congan.ceremony.common.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Where a heading breaks when it does not fit on one line. A Vietnamese title is read in
 * phrases ("DANH SÁCH TẬP THỂ, CÁ NHÂN" / "ĐƯỢC TẶNG BẰNG KHEN" / "CỦA BỘ TRƯỞNG BỘ CÔNG AN"):
 * a clerk sends back "... BẰNG KHEN CỦA BỘ / TRƯỞNG BỘ CÔNG AN". So a line breaks
 *
 * <ul>
 * <li>at a phrase boundary when it can: after a comma, or before a joining word (CỦA, CHO, VỀ,
 * ĐƯỢC, TẶNG, VÀ, TẠI, NHÂN DỊP) that does not follow another one ("ĐƯỢC TẶNG" stays together);</li>
 * <li>inside a phrase only when one phrase alone is wider than the line, and then never inside a
 * protected unit ("BỘ TRƯỞNG", "BỘ CÔNG AN", "CÔNG AN TỈNH", "GIÁM ĐỐC", "THỦ TƯỚNG CHÍNH PHỦ"
 * ...) nor between "TỈNH", "HUYỆN" ... and the place name that follows.</li>
 * </ul>
 *
 * A line wider than the page is avoided first. Then it takes the fewest phrase-splitting breaks,
 * then the fewest lines, then
 * the most even lines (the widest line as narrow as possible), since a centred title reads best
 * balanced. Case and marks do not matter to the rules; the text is kept as given.
 */
public final class TitleLines {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Words that open a phrase, in lower case. */
    private static final Set<String> PHRASE_STARTS = Set.of("của", "cho", "về", "được", "tặng", "và", "tại");

    /**
     * Word groups (compounds and titles) never split, in lower case; longest first so that the
     * longest match wins.
     */
    private static final List<String[]> PROTECTED = List.of(
            "thủ tướng chính phủ", "chủ tịch nước", "bộ trưởng", "thứ trưởng", "bộ công an", "công an tỉnh",
            "công an huyện", "công an thành phố", "công an thị xã", "công an quận", "công an xã",
            "công an phường", "công an nhân dân", "phó giám đốc", "giám đốc", "chánh văn phòng", "văn phòng",
            "trưởng phòng", "cảnh sát", "an ninh", "thành phố", "thị xã", "bằng khen", "giấy khen",
            "huân chương", "huy chương", "danh sách", "tập thể", "cá nhân", "hội nghị", "tổng kết", "phong trào",
            "thi đua", "đặc biệt", "khen thưởng", "chương trình", "kịch bản", "dẫn chương trình", "trao thưởng",
            "báo cáo", "kết quả", "chỗ ngồi", "sơ đồ", "chủ tịch", "hồ chí minh", "tổ quốc", "chính phủ",
            "nhân dân", "thứ tự", "hạng nhất", "hạng nhì", "hạng ba", "xuất sắc", "di chúc", "kỷ niệm",
            "truyền thống", "thực hiện", "lực lượng", "ngày hội", "toàn dân", "bảo vệ", "phòng, chống",
            "phòng, chữa cháy", "cứu nạn, cứu hộ", "ban tổ chức", "đại tướng", "thượng tướng", "trung tướng",
            "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy",
            "thiếu úy", "thượng sĩ", "trung sĩ", "hạ sĩ", "binh nhất", "binh nhì", "công an")
            .stream().map(p -> p.split(" ")).sorted((a, b) -> b.length - a.length).toList();

    /** After these a place name follows ("TỈNH BÌNH AN"): its first two words stay with them. */
    private static final Set<String> PLACE_WORDS = Set.of("tỉnh", "huyện", "quận", "phường", "xã");
    private static final int PLACE_NAME_WORDS = 2;

    /** A break that cuts a phrase costs more than any number of lines. */
    private static final int INSIDE_PHRASE = 1;

    private TitleLines() {
    }

    /**
     * {@code title} in lines no wider than {@code maxWidth} as {@code width} measures them (a
     * word group wider than the line overflows on a line of its own).
     */
    public static List<String> split(String title, double maxWidth, ToDoubleFunction<String> width) {
        String cleaned = VietText.clean(title);
        if (cleaned == null || cleaned.isEmpty()) {
            return List.of();
        }
        if (width.applyAsDouble(cleaned) <= maxWidth) {
            return List.of(cleaned);
        }
        String[] words = cleaned.split(" ");
        int n = words.length;
        int[] gapCost = gapCosts(words);
        // best[i][k]: the best way to set words[0..i) in k lines; cost = {overflow, inside-phrase breaks, widest}
        double[][][] best = new double[n + 1][n + 1][];
        int[][] from = new int[n + 1][n + 1];
        // the width of words[j..i) is the same whatever the line count: measured once (NaN: not yet)
        double[][] widths = new double[n + 1][n + 1];
        for (double[] row : widths) {
            Arrays.fill(row, Double.NaN);
        }
        best[0][0] = new double[] {0, 0, 0};
        for (int i = 1; i <= n; i++) {
            for (int k = 1; k <= i; k++) {
                for (int j = k - 1; j < i; j++) {
                    if (best[j][k - 1] == null || (j > 0 && gapCost[j] < 0)) {
                        continue;
                    }
                    double w = widths[j][i];
                    if (Double.isNaN(w)) {
                        w = width.applyAsDouble(String.join(" ", Arrays.copyOfRange(words, j, i)));
                        widths[j][i] = w;
                    }
                    double overflow = w > maxWidth ? w - maxWidth : 0;
                    double[] prev = best[j][k - 1];
                    double[] cost = {prev[0] + overflow, prev[1] + (j > 0 ? gapCost[j] : 0), Math.max(prev[2], w)};
                    if (best[i][k] == null || less(cost, best[i][k])) {
                        best[i][k] = cost;
                        from[i][k] = j;
                    }
                }
            }
        }
        int lines = 1; // one line is always possible
        for (int k = 1; k <= n; k++) {
            if (best[n][k] != null && (betterWithLines(best[n][k], k, best[n][lines], lines))) {
                lines = k;
            }
        }
        List<String> result = new ArrayList<>();
        for (int i = n, k = lines; k > 0; k--) {
            int j = from[i][k];
            result.add(0, String.join(" ", Arrays.copyOfRange(words, j, i)));
            i = j;
        }
        return result;
    }

    /** The no-break space: OpenPDF never breaks a line there. */
    public static final char NO_BREAK_SPACE = '\u00A0';

    /**
     * {@code text} with a no-break space inside each word group that must stay on one line ("Công
     * an tỉnh Bình An", "Ban tổ chức", "Đại tá"), for text that a table cell wraps by itself. Lines
     * of a multi-line text are treated one by one.
     */
    public static String keepTogether(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String cleaned = VietText.clean(line);
            if (cleaned == null || cleaned.isEmpty()) {
                lines.add("");
                continue;
            }
            String[] words = cleaned.split(" ");
            int[] cost = gapCosts(words);
            StringBuilder s = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                s.append(cost[i] < 0 ? NO_BREAK_SPACE : ' ').append(words[i]);
            }
            lines.add(s.toString());
        }
        return String.join("\n", lines);
    }

    /** The ranks of the People's Public Security, in lower case. */
    private static final Set<String> RANKS = Set.of("đại tướng", "thượng tướng", "trung tướng", "thiếu tướng",
            "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy",
            "thượng sĩ", "trung sĩ", "hạ sĩ", "binh nhất", "binh nhì");
    /** A Vietnamese full name has two to four words, rarely five. */
    private static final int NAME_WORDS = 5;

    /**
     * {@code text} (as {@link #keepTogether} gives it) with a no-break space between a rank and the
     * person's name after it and inside that name ("Đại tá Trần Quốc Bình"), so that a line read
     * aloud never parts a name: the name is the capitalised words after the rank, up to the first
     * that ends with a comma or full stop.
     */
    public static String keepNamesTogether(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String[] words = text.split(" ", -1);
        StringBuilder out = new StringBuilder(text.length());
        out.append(words[0]);
        int nameWordsLeft = 0;
        for (int i = 1; i < words.length; i++) {
            String previous = words[i - 1];
            String lower = previous.replace(NO_BREAK_SPACE, ' ').toLowerCase(VIETNAMESE);
            String pair = i >= 2 ? (words[i - 2] + " " + previous).toLowerCase(VIETNAMESE) : "";
            if (RANKS.contains(lower) || RANKS.contains(pair)) {
                nameWordsLeft = NAME_WORDS;
            }
            boolean ended = previous.endsWith(",") || previous.endsWith(".") || previous.endsWith(";")
                    || previous.endsWith(":");
            boolean nameWord = !words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0));
            if (nameWordsLeft > 0 && !ended && nameWord) {
                out.append(NO_BREAK_SPACE);
                nameWordsLeft--;
            } else {
                out.append(' ');
                nameWordsLeft = 0;
            }
            out.append(words[i]);
        }
        return out.toString();
    }

    /** How {@code lines} break: {@link Breaks#PHRASES} only between phrases, and so on. */
    public enum Breaks {
        PHRASES,
        INSIDE_PHRASE,
        INSIDE_UNIT
    }

    /** The worst break between {@code lines}, as {@link #split} judges them. */
    public static Breaks breaks(List<String> lines) {
        List<String> words = new ArrayList<>();
        List<Integer> breaks = new ArrayList<>();
        for (String line : lines) {
            if (!words.isEmpty()) {
                breaks.add(words.size());
            }
            words.addAll(List.of(line.strip().split(" +")));
        }
        int[] cost = gapCosts(words.toArray(String[]::new));
        Breaks worst = Breaks.PHRASES;
        for (int at : breaks) {
            if (cost[at] < 0) {
                return Breaks.INSIDE_UNIT;
            }
            if (cost[at] > 0) {
                worst = Breaks.INSIDE_PHRASE;
            }
        }
        return worst;
    }

    /**
     * The cost of breaking before word {@code i}: 0 at a phrase boundary, {@link #INSIDE_PHRASE}
     * inside a phrase, -1 where no break may fall (inside a protected unit or a place name).
     */
    /** Marks a word may carry that do not change which word it is. */
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.!?()\\[\\]\"“”]");

    static int[] gapCosts(String[] words) {
        int n = words.length;
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = PUNCTUATION.matcher(words[i].toLowerCase(VIETNAMESE)).replaceAll("");
        }
        int[] cost = new int[n];
        for (int i = 1; i < n; i++) {
            boolean afterComma = words[i - 1].endsWith(",") || endsPhrase(words[i - 1]);
            boolean opensPhrase = PHRASE_STARTS.contains(lower[i]) && !PHRASE_STARTS.contains(lower[i - 1]);
            cost[i] = afterComma || opensPhrase || words[i].startsWith("(") || words[i].equals("-")
                    || words[i - 1].equals("-") ? 0 : INSIDE_PHRASE;
        }
        for (int i = 0; i < n; i++) {
            for (String[] unit : PROTECTED) {
                if (matches(lower, words, i, unit)) {
                    for (int g = i + 1; g < i + unit.length; g++) {
                        cost[g] = -1;
                    }
                    break;
                }
            }
        }
        for (int i = 0; i < n - 1; i++) {
            // a count stays with what it counts: "(8 tập thể", "38 cá nhân", "ngày 20 tháng 11"
            if (!lower[i].isEmpty() && lower[i].chars().allMatch(Character::isDigit) && !words[i].endsWith(",")
                    && !endsPhrase(words[i]) && cost[i + 1] != 0) {
                cost[i + 1] = -1;
            }
        }
        for (int i = 0; i < n - 1; i++) {
            boolean place = PLACE_WORDS.contains(lower[i]) && !endsPhrase(words[i]) && !words[i].endsWith(",")
                    && !(lower[i].equals("xã") && lower[i + 1].equals("hội"));
            if (place) {
                for (int g = i + 1; g < n && g <= i + PLACE_NAME_WORDS && cost[g] != 0; g++) {
                    cost[g] = -1;
                    if (words[g].endsWith(",") || endsPhrase(words[g])) {
                        break;
                    }
                }
            }
        }
        return cost;
    }

    /**
     * The unit's words from {@code i} on. A comma inside a text ends a phrase, so a unit matches
     * across one only where the unit itself has it ("phòng, chống").
     */
    private static boolean matches(String[] lower, String[] words, int i, String[] unit) {
        if (i + unit.length > lower.length) {
            return false;
        }
        for (int u = 0; u < unit.length; u++) {
            boolean comma = unit[u].endsWith(",");
            String word = comma ? unit[u].substring(0, unit[u].length() - 1) : unit[u];
            if (!lower[i + u].equals(word)
                    || (u < unit.length - 1 && (words[i + u].endsWith(",") != comma || endsPhrase(words[i + u])))) {
                return false;
            }
        }
        return true;
    }

    /** A word that ends a sentence or clause ("tỉnh.", "an;"): nothing joins it to the next one. */
    private static boolean endsPhrase(String word) {
        return word.endsWith(".") || word.endsWith(";") || word.endsWith(":") || word.endsWith("!")
                || word.endsWith("?");
    }

    private static boolean less(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return a[i] < b[i];
            }
        }
        return false;
    }

    /** Less overflow, then fewer phrase cuts, then fewer lines, then the narrower widest line. */
    private static boolean betterWithLines(double[] a, int linesA, double[] b, int linesB) {
        if (a[0] != b[0]) {
            return a[0] < b[0];
        }
        if (a[1] != b[1]) {
            return a[1] < b[1];
        }
        if (linesA != linesB) {
            return linesA < linesB;
        }
        return a[2] < b[2];
    }
}
