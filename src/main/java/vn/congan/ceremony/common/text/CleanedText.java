package vn.congan.ceremony.common.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A text after {@link VietText#cleanReport(String)}: the cleaned text and the hidden characters
 * removed from it, each once, in the order they first occurred. Whitespace that was merely
 * collapsed or trimmed is not reported: the user sees the same text.
 */
public record CleanedText(String text, List<HiddenCharacter> removed) {

    public CleanedText {
        removed = List.copyOf(removed);
    }

    public boolean hadHidden() {
        return !removed.isEmpty();
    }

    /** "U+202E, U+0007": the codes for a message. */
    public String codes() {
        return codes(removed);
    }

    /** "U+202E, U+0007" for any list of removed characters. */
    public static String codes(List<HiddenCharacter> removed) {
        return removed.stream().map(HiddenCharacter::code).collect(Collectors.joining(", "));
    }

    /** "U+202E RIGHT-TO-LEFT OVERRIDE, U+0007 BEL": codes with their Unicode names, for a tooltip. */
    public static String described(List<HiddenCharacter> removed) {
        return removed.stream().map(HiddenCharacter::toString).collect(Collectors.joining(", "));
    }
}
