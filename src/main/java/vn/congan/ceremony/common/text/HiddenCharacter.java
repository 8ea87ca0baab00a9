package vn.congan.ceremony.common.text;

import java.util.Locale;

/**
 * A character that {@link VietText} removed from a text because nobody can see it, or because it
 * changes how the text around it is shown: a control character (BEL, ESC), a bidirectional
 * override (U+202E), a zero-width character (U+200B, U+FEFF), an unassigned, private-use or lone
 * surrogate code point, or a combining mark with no letter to sit on.
 */
public record HiddenCharacter(int codePoint) {

    /** "U+202E", as Unicode charts write it. */
    public String code() {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** The Unicode name ("RIGHT-TO-LEFT OVERRIDE"), or "UNASSIGNED". */
    public String name() {
        String name = Character.getName(codePoint);
        return name == null ? "UNASSIGNED" : name;
    }

    /** "U+202E RIGHT-TO-LEFT OVERRIDE". */
    @Override
    public String toString() {
        return code() + " " + name();
    }
}
