package vn.congan.ceremony.print.certificate;

import vn.congan.ceremony.common.pdf.FittedText;

/** One field of one certificate, laid out: what prints where, at which size. */
public record PlacedField(FieldBox box, String text, FittedText fitted) {
}
