package vn.congan.ceremony.ceremony;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MC's text as lines to read: one spoken line per line of the script, and the stage
 * directions apart. A direction is written in parentheses, as the MC script prints it
 * ("(Quốc ca.)", "(Nhạc.)", "(Chụp ảnh lưu niệm.)"): a whole line in parentheses, or a
 * parenthesised sentence at a sentence boundary of a spoken line ("Xin mời các đồng chí ngồi.
 * (Nhạc.)"), which is taken out of the spoken text. Parentheses inside a sentence ("Chào cờ
 * (Quốc ca, Quốc tế ca)") are part of what is said.
 */
public final class ScriptLines {

    /** What a line is: said aloud, or done (music, a photo) and not read. */
    public enum Kind { SPOKEN, DIRECTION }

    /** One line; a direction's text keeps its parentheses. */
    public record Line(Kind kind, String text) {
        public boolean direction() {
            return kind == Kind.DIRECTION;
        }
    }

    /** A parenthesised sentence: no nested parentheses, ends with a sentence's punctuation. */
    private static final Pattern SENTENCE_IN_PARENTHESES = Pattern.compile("\\(([^()]*[.!?…])\\s*\\)");

    private ScriptLines() {
    }

    /** The stage direction {@code text} as the script marks it: in parentheses, once, one per line. */
    public static String direction(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            lines.add(t.startsWith("(") && t.endsWith(")") ? t : "(" + t + ")");
        }
        return String.join("\n", lines);
    }

    /** The lines of {@code script} (lines separated by line breaks), blank lines left out. */
    public static List<Line> parse(String script) {
        List<Line> result = new ArrayList<>();
        if (script == null) {
            return result;
        }
        for (String raw : script.split("\\R")) {
            split(raw.strip(), result);
        }
        return result;
    }

    private static void split(String line, List<Line> into) {
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("(") && line.endsWith(")") && line.indexOf('(', 1) < 0) {
            into.add(new Line(Kind.DIRECTION, line));
            return;
        }
        Matcher m = SENTENCE_IN_PARENTHESES.matcher(line);
        int spokenFrom = 0;
        while (m.find()) {
            String before = line.substring(spokenFrom, m.start()).strip();
            if (!before.isEmpty() && !endsASentence(before)) {
                continue; // inside a sentence: said aloud with the rest
            }
            if (!before.isEmpty()) {
                into.add(new Line(Kind.SPOKEN, before));
            }
            into.add(new Line(Kind.DIRECTION, m.group().strip()));
            spokenFrom = m.end();
        }
        String rest = line.substring(spokenFrom).strip();
        if (!rest.isEmpty()) {
            into.add(new Line(Kind.SPOKEN, rest));
        }
    }

    private static boolean endsASentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == '…';
    }
}
