package vn.congan.ceremony.print.certificate;

import vn.congan.ceremony.common.UserMessageException;

/** Printing refused: a font lacks a letter of the text, and falling back to another font is not allowed. */
public class MissingGlyphException extends UserMessageException {

    public MissingGlyphException(String sheet, FieldKey field, String characters) {
        super("print.error.missingGlyph", sheet, field.name(), characters);
    }
}
