package vn.congan.ceremony.print.certificate;

import vn.congan.ceremony.common.UserMessageException;

/** Printing refused: a font lacks a letter of the text, and falling back to another font is not allowed. */
public class MissingGlyphException extends UserMessageException {

    /** A letter of {@code field} on the sheet {@code sheet}; the field is named by its label. */
    public MissingGlyphException(String sheet, FieldKey field, String characters) {
        super("print.error.missingGlyph", sheet, translated(field.labelKey()), characters);
    }

    /** A letter of a separator sheet's line (the batch heading, the presenter). */
    public MissingGlyphException(String separatorLine, String characters) {
        super("print.error.missingGlyphSeparator", separatorLine, characters);
    }
}
