package vn.congan.ceremony.print;

import vn.congan.ceremony.award.PaperSize;

/** The sheet a template prints on: a standard size in either orientation, or a custom one in mm. */
public enum TemplatePaper {
    A4(PaperSize.A4),
    A3(PaperSize.A3),
    CUSTOM(null);

    private final PaperSize size;

    TemplatePaper(PaperSize size) {
        this.size = size;
    }

    /** The long side in mm; 0 for CUSTOM. */
    public double longMm() {
        return size == null ? 0 : size.heightMm();
    }

    /** The short side in mm; 0 for CUSTOM. */
    public double shortMm() {
        return size == null ? 0 : size.widthMm();
    }

    /** The award form's usual paper. */
    public static TemplatePaper of(PaperSize size) {
        return size == PaperSize.A3 ? A3 : A4;
    }
}
