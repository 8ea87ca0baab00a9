package vn.congan.ceremony.print.certificate;

/** One field of one certificate, laid out: what prints where, at which size. */
public record PlacedField(FieldBox box, String text, FittedText fitted) {
}
