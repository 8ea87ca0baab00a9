package vn.congan.ceremony.print.certificate;

/** Horizontal alignment of the text inside its box. */
public enum Alignment {
    LEFT, CENTER, RIGHT
}
