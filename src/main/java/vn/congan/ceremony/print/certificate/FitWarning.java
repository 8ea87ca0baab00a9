package vn.congan.ceremony.print.certificate;

/** A sheet whose field does not fit its box even at the minimum type size. */
public record FitWarning(int page, String sheet, FieldKey field, String text) {
}
