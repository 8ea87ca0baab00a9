package vn.congan.ceremony.print.certificate;

/** What the portal prints on the sheet. */
public enum CertificateMode {
    /** The whole certificate on blank paper: frame, national name, title and every text. */
    FULL,
    /** Only the variable text, onto a pre-printed blank (phôi) that has the frame and the fixed text. */
    BLANK_STOCK
}
